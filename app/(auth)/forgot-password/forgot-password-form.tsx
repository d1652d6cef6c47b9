'use client';

import { useActionState } from 'react';
import { forgotPasswordAction } from '@/app/(auth)/forgot-password/actions';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { initialFormState } from '@/lib/forms/form-state';

export function ForgotPasswordForm() {
  const [state, action] = useActionState(forgotPasswordAction, initialFormState);
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <TextField name="email" label="E-mail address" type="email" autoComplete="username" required defaultValue={state.values.email} error={state.fieldErrors.email} />
      <SubmitButton pendingLabel="Sending…">Send me a link</SubmitButton>
    </form>
  );
}
