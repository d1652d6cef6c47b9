'use client';

import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';

/** `pending` from the caller, for a form that dispatches its action itself (useKeptForm), where the form's own status never turns pending. */
export function SubmitButton({ children, pendingLabel, pending: dispatched }: { children: ReactNode; pendingLabel: string; pending?: boolean }) {
  const status = useFormStatus();
  const pending = dispatched ?? status.pending;
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="min-h-11 rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
