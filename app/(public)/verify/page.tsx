import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { normaliseVerificationCode } from '@/lib/record/verification-code';

export const metadata: Metadata = { title: 'Verify a record of learning' };

export default async function VerifyLookupPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).code;
  const typed = typeof raw === 'string' ? raw : '';
  const code = typed ? normaliseVerificationCode(typed) : null;
  if (code) redirect(`/verify/${code}`);
  return (
    <article className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">Verify a record of learning</h1>
      <p className="text-lg text-slate-700">Enter the verification code printed on the record (or scan its QR code) to see whether the record is genuine and unchanged.</p>
      <form method="get" className="space-y-3">
        <label htmlFor="code" className="block font-semibold">
          Verification code
        </label>
        {typed && !code ? (
          <p id="code-error" className="font-semibold text-red-800">
            &ldquo;{typed.slice(0, 40)}&rdquo; is not a verification code: it has twelve letters and digits, such as K7P2-9XQM-4TD8.
          </p>
        ) : null}
        <input id="code" name="code" defaultValue={typed} aria-describedby={typed && !code ? 'code-error' : undefined} className="block min-h-11 w-full max-w-sm rounded-md border border-slate-400 px-3 font-mono uppercase" />
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-5 font-semibold text-white">
          Verify
        </button>
      </form>
    </article>
  );
}
