'use client';

import { useActionState } from 'react';
import { createAdminAction } from '@/app/(auth)/setup/actions';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { initialFormState } from '@/lib/forms/form-state';

export function SetupForm() {
  const [state, action] = useActionState(createAdminAction, initialFormState);
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <TextField name="fullName" label="Your full name" autoComplete="name" required defaultValue={state.values.fullName} error={state.fieldErrors.fullName} />
      <TextField name="email" label="E-mail address" type="email" autoComplete="username" required defaultValue={state.values.email} error={state.fieldErrors.email} />
      <TextField name="password" label="Password" type="password" hint="At least 10 characters." autoComplete="new-password" required error={state.fieldErrors.password} />
      <TextField name="confirmPassword" label="Password again" type="password" autoComplete="new-password" required error={state.fieldErrors.confirmPassword} />
      <SubmitButton pendingLabel="Creating the administrator…">Create the administrator</SubmitButton>
    </form>
  );
}
