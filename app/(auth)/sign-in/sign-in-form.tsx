'use client';

import { useActionState } from 'react';
import { signInAction } from '@/app/(auth)/sign-in/actions';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { initialFormState } from '@/lib/forms/form-state';

export function SignInForm({ next }: { next: string | null }) {
  const [state, action] = useActionState(signInAction, initialFormState);
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField name="email" label="E-mail address" type="email" autoComplete="username" required defaultValue={state.values.email} error={state.fieldErrors.email} />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required error={state.fieldErrors.password} />
      <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
    </form>
  );
}
