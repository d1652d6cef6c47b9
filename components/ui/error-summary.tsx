'use client';

import { useEffect, useRef } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import type { FormState } from '@/lib/forms/form-state';

/**
 * A refused form's outcome: the message and a link to each field with its problem. It takes focus
 * when a new refusal arrives, so a keyboard or screen reader user starts from what to fix instead of
 * the top of the page. A success is announced politely instead.
 */
export function ErrorSummary({ state, labels }: { state: FormState; labels: Record<string, string> }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === 'error') box.current?.focus();
  }, [state]);
  const fields = Object.entries(state.fieldErrors).filter(([name]) => labels[name]);
  if (state.status !== 'error') return <FormMessage state={state} />;
  return (
    <div ref={box} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="rounded-md border-2 border-red-700 bg-red-50 px-4 py-3 text-red-900 focus:outline-none focus-visible:ring-4 focus-visible:ring-red-300">
      <h2 id="error-summary-title" className="font-semibold">
        {state.message ?? 'Please correct the fields marked below.'}
      </h2>
      {fields.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {fields.map(([name, message]) => (
            <li key={name}>
              <a href={`#field-${name}`} className="underline">
                {labels[name]}: {message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
