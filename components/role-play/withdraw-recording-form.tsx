'use client';

import { useActionState, useState } from 'react';
import { withdrawRecordingAction } from '@/app/(learner)/portfolio/role-plays/actions';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState } from '@/lib/forms/form-state';

/**
 * Withdrawing cannot be undone, so it asks once more before it is sent. Once withdrawn, only the
 * outcome stays, so the message is still there (and announced) after the list is refreshed.
 */
export function WithdrawRecordingForm({ recordingId, name, withdrawn }: { recordingId: string; name: string; withdrawn: boolean }) {
  const [state, action] = useActionState(withdrawRecordingAction, initialFormState);
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="space-y-2">
      {withdrawn ? null : confirming ? (
        <form action={action} className="flex flex-wrap items-center gap-3">
          <input type="hidden" name="recordingId" value={recordingId} />
          <p className="w-full text-slate-800">Withdraw &ldquo;{name}&rdquo;? It will no longer count as evidence. This cannot be undone.</p>
          <SubmitButton pendingLabel="Withdrawing…">Yes, withdraw it</SubmitButton>
          <button type="button" onClick={() => setConfirming(false)} className="min-h-11 rounded-md border-2 border-slate-500 px-4 font-semibold">
            Keep it
          </button>
        </form>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} className="min-h-11 rounded-md border border-red-800 px-3 text-red-900">
          Withdraw<span className="sr-only"> {name}</span>
        </button>
      )}
      <FormMessage state={state} />
    </div>
  );
}
