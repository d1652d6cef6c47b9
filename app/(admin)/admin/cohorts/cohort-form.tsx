'use client';

import { useActionState } from 'react';
import { createCohortAction } from '@/app/(admin)/admin/cohorts/actions';
import { FormMessage } from '@/components/ui/form-message';
import { SastDateField } from '@/components/ui/sast-date-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { initialFormState } from '@/lib/forms/form-state';

export function CohortForm() {
  const [state, action] = useActionState(createCohortAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <TextField name="name" label="Name" hint="For example: Durban, March 2027 intake" defaultValue={state.values.name} error={state.fieldErrors.name} />
      <SastDateField name="startsOn" label="Start date" defaultValue={state.values.startsOn} error={state.fieldErrors.startsOn} />
      <SastDateField name="endsOn" label="End date" defaultValue={state.values.endsOn} error={state.fieldErrors.endsOn} />
      <SubmitButton pendingLabel="Creating…">Create cohort</SubmitButton>
    </form>
  );
}
