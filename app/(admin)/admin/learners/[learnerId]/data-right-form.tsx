'use client';

import { useActionState } from 'react';
import { dataRightAction } from '@/app/(admin)/admin/learners/[learnerId]/actions';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { initialFormState } from '@/lib/forms/form-state';

/** Erase or anonymise one learner: the admin types the learner's full name, so a slip cannot do it. */
export function DataRightForm({ learnerId, fullName, right }: { learnerId: string; fullName: string; right: 'erase' | 'anonymise' }) {
  const [state, action] = useActionState(dataRightAction, initialFormState);
  const verb = right === 'erase' ? 'Erase' : 'Anonymise';
  return (
    <form action={action} className="space-y-4 rounded-md border border-red-300 bg-red-50 p-4">
      <input type="hidden" name="learnerId" value={learnerId} />
      <input type="hidden" name="right" value={right} />
      <FormMessage state={state} />
      <TextField
        name="confirmName"
        label={`Type ${fullName} to confirm`}
        hint="This cannot be undone."
        autoComplete="off"
        defaultValue={state.values.confirmName ?? ''}
        error={state.fieldErrors.confirmName}
        required
      />
      <SubmitButton pendingLabel={`${verb.replace(/e$/, '')}ing…`}>{`${verb} ${fullName}`}</SubmitButton>
    </form>
  );
}
