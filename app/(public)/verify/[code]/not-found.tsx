'use client';

import { useParams } from 'next/navigation';
import { AppLink as Link } from '@/components/ui/app-link';

function typedCode(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw.join('/') : (raw ?? '');
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The answer to a code that matches no final record (sent with status 404). */
export default function UnknownCodePage() {
  const code = typedCode(useParams<{ code: string }>().code).slice(0, 40);
  return (
    <article className="max-w-2xl">
      <h1 className="text-3xl font-bold">No record has this code</h1>
      <p className="mt-3 text-lg">
        &ldquo;{code}&rdquo; does not match any final record of learning. Check the code printed on the record (twelve letters and digits, such as
        K7P2-9XQM-4TD8) and try again.
      </p>
      <p className="mt-3">
        <Link href="/verify" className="text-brand-700 underline">
          Enter a code
        </Link>
      </p>
    </article>
  );
}
