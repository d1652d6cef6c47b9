'use client';

import { useActionState } from 'react';
import { startAttemptAction } from '@/app/(learner)/assessment/actions';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState } from '@/lib/forms/form-state';

export function StartAttemptForm({ attemptNumber }: { attemptNumber: number }) {
  const [state, action] = useActionState(startAttemptAction, initialFormState);
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Preparing your questions…">{attemptNumber === 1 ? 'Start the assessment' : `Start attempt ${attemptNumber}`}</SubmitButton>
    </form>
  );
}
