import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Testimony received', robots: { index: false, follow: false } };

export default function WitnessThanksPage() {
  return (
    <article className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">Thank you: your testimony is signed</h1>
      <p className="text-lg text-slate-700">
        It is now part of the learner&rsquo;s portfolio of evidence. Their registered assessor reads it and may contact you to confirm what you wrote.
      </p>
      <p className="text-slate-700">The link you used no longer works, so nobody else can sign with it. You can close this page.</p>
    </article>
  );
}
