'use client';

import { useActionState } from 'react';
import { addToSampleAction, signBatchAction } from '@/app/(moderator)/moderate/[batchId]/actions';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { initialFormState } from '@/lib/forms/form-state';

export function AddToSampleForm({ batchId, submissionId, learnerName }: { batchId: string; submissionId: string; learnerName: string }) {
  const [state, action] = useActionState(addToSampleAction, initialFormState);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="batchId" value={batchId} />
      <input type="hidden" name="submissionId" value={submissionId} />
      <button type="submit" className="min-h-11 rounded-md border border-brand-700 px-3 text-brand-800">
        Add to sample<span className="sr-only"> ({learnerName})</span>
      </button>
      <FormMessage state={state} />
    </form>
  );
}

export function SignBatchForm({ batchId, ready, registrationNumber }: { batchId: string; ready: boolean; registrationNumber: string | null }) {
  const [state, action] = useActionState(signBatchAction, initialFormState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="batchId" value={batchId} />
      <FormMessage state={state} />
      <p className="text-slate-800">
        {ready ? 'Every sampled record is agreed.' : 'Signing is possible once every sampled record is agreed.'} You sign as moderator
        {registrationNumber ? `, registration number ${registrationNumber}` : ' (add your registration number on your account page first)'}. Every record
        in the batch then becomes final and can no longer be changed.
      </p>
      <TextField name="password" label="Your password, to confirm it is you" type="password" autoComplete="current-password" error={state.fieldErrors.password} />
      <SubmitButton pendingLabel="Signing…">Sign the batch</SubmitButton>
    </form>
  );
}
