'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';

export type Unfinished = { number: number; reason: string };

type Props = {
  submissionId: string;
  declaration: string;
  fullName: string;
  unfinished: Unfinished[];
  beforeSubmit: () => Promise<void>;
  onSubmitted: () => void;
};

/** The declaration of authenticity and the submit button, with every unfinished question linked. */
export function SubmitPanel({ submissionId, declaration, fullName, unfinished, beforeSubmit, onSubmitted }: Props) {
  const router = useRouter();
  const [name, setName] = useState('');
  const [error, setError] = useState<{ message: string; details: string[] } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    setBusy(true);
    setError(null);
    await beforeSubmit();
    try {
      const response = await fetch(`/api/submissions/${submissionId}/submit`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ declarationName: name }),
      });
      const body: unknown = await response.json().catch(() => ({}));
      if (response.ok) {
        onSubmitted();
        router.refresh();
        return;
      }
      const message = typeof body === 'object' && body !== null ? Reflect.get(body, 'error') : null;
      const details = typeof body === 'object' && body !== null ? Reflect.get(body, 'details') : null;
      setError({
        message: typeof message === 'string' ? message : 'The attempt was not submitted.',
        details: Array.isArray(details) ? details.filter((line): line is string => typeof line === 'string').map((line) => line.split('|').pop() ?? line) : [],
      });
    } catch {
      setError({ message: 'The attempt was not submitted: you seem to be offline. Your answers are kept; try again when you are back online.', details: [] });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="submit-heading" className="space-y-4 rounded-lg border-2 border-brand-700 p-4 sm:p-6">
      <h2 id="submit-heading" className="text-2xl font-bold">
        Declaration and submission
      </h2>
      {unfinished.length > 0 ? (
        <div className="rounded-md bg-amber-50 p-4">
          <h3 className="font-semibold text-amber-950">
            {unfinished.length} question{unfinished.length === 1 ? ' is' : 's are'} not finished yet
          </h3>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {unfinished.map((item) => (
              <li key={item.number}>
                <a href={`#item-${item.number}`} className="text-brand-800 underline">
                  Question {item.number}
                </a>
                : {item.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="font-semibold text-emerald-800">Every question is answered.</p>
      )}
      <p className="rounded-md bg-slate-50 p-4 text-slate-900">{declaration}</p>
      <div className="space-y-1">
        <label htmlFor="declaration-name" className="block font-semibold">
          Type your full name to sign the declaration
        </label>
        <p id="declaration-hint" className="text-sm text-slate-700">
          As on your profile: {fullName}. The time you submit is recorded with your name as your electronic signature.
        </p>
        <input
          id="declaration-name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          autoComplete="name"
          aria-describedby={error ? 'declaration-hint submit-error' : 'declaration-hint'}
          className="block min-h-11 w-full max-w-md rounded-md border border-slate-400 px-3 py-2"
        />
      </div>
      <button type="button" onClick={() => void submit()} disabled={busy} className="min-h-11 rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70">
        {busy ? 'Submitting…' : 'Submit my assessment'}
      </button>
      <div id="submit-error" aria-live="assertive">
        {error ? (
          <div className="rounded-md bg-red-50 p-4 text-red-900">
            <p className="font-semibold">{error.message}</p>
            {error.details.length > 0 ? (
              <ul className="mt-2 list-disc pl-6">
                {error.details.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
