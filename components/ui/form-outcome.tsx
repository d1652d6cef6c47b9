'use client';

import { useEffect, useRef } from 'react';
import type { FormState } from '@/lib/forms/form-state';

/**
 * The form-level outcome, placed beside the submit button where the person is, and announced.
 * After each answer the focus goes where the next step is: the first field marked wrong, or else
 * this message (the pending submit button was disabled, which drops the focus to the page).
 */
export function FormOutcome({ state }: { state: FormState }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const region = ref.current;
    if (!region || state.status === 'idle') return;
    const firstInvalid = state.status === 'error' ? region.closest('form')?.querySelector<HTMLElement>('[aria-invalid="true"]') : null;
    if (firstInvalid) {
      firstInvalid.focus();
      return;
    }
    region.focus({ preventScroll: true });
    region.scrollIntoView({ block: 'nearest' });
  }, [state]);
  return (
    <div ref={ref} tabIndex={-1} aria-live="polite" role="status" className="rounded-md focus:outline-2 focus:outline-offset-2 focus:outline-brand-700">
      {state.message ? (
        <p className={`rounded-md px-4 py-3 font-semibold ${state.status === 'error' ? 'bg-red-50 text-red-900' : 'bg-emerald-50 text-emerald-900'}`}>{state.message}</p>
      ) : null}
    </div>
  );
}
