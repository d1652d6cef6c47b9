'use client';

import { useActionState } from 'react';
import { retryJobAction } from '@/app/(admin)/admin/jobs/actions';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState } from '@/lib/forms/form-state';

/** Retry for one failed job, saying what happened. */
export function RetryButton({ jobId }: { jobId: string }) {
  const [state, action] = useActionState(retryJobAction, initialFormState);
  return (
    <form action={action} className="space-y-1">
      <FormMessage state={state} />
      <input type="hidden" name="jobId" value={jobId} />
      <SubmitButton pendingLabel="Retrying…">Retry</SubmitButton>
    </form>
  );
}
