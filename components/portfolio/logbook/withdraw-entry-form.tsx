'use client';

import { useActionState } from 'react';
import { withdrawEntryAction } from '@/app/(learner)/portfolio/logbook/actions';
import { initialFormState } from '@/lib/forms/form-state';

/** Withdraws one entry; a refusal (a judgement now relies on it) is announced beside the button. */
export function WithdrawEntryForm({ entryId, reference }: { entryId: string; reference: string }) {
  const [state, action, pending] = useActionState(withdrawEntryAction, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="entryId" value={entryId} />
      <button type="submit" disabled={pending} className="min-h-11 rounded-md border-2 border-red-800 px-4 font-semibold text-red-900 disabled:opacity-70">
        Withdraw ticket {reference}
      </button>
      <div role="status" aria-live="polite">
        {state.status === 'error' && state.message ? <p className="text-sm font-semibold text-red-800">{state.message}</p> : null}
      </div>
    </form>
  );
}
