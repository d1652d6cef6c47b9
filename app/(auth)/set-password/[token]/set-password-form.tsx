'use client';

import { useActionState } from 'react';
import { setPasswordAction } from '@/app/(auth)/set-password/[token]/actions';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { initialFormState } from '@/lib/forms/form-state';

/** `email` is shown read-only so a password manager saves the new password under the right sign-in name. */
export function SetPasswordForm({ token, email, submitLabel }: { token: string; email: string; submitLabel: string }) {
  const [state, action] = useActionState(setPasswordAction, initialFormState);
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <TextField name="username" label="Your sign-in e-mail address" type="email" autoComplete="username" readOnly value={email} />
      <TextField
        name="password"
        label="New password"
        type="password"
        hint="At least 10 characters. Not a commonly used password, and not your name or e-mail address."
        autoComplete="new-password"
        required
        error={state.fieldErrors.password}
      />
      <TextField name="confirmPassword" label="New password again" type="password" autoComplete="new-password" required error={state.fieldErrors.confirmPassword} />
      <SubmitButton pendingLabel="Setting your password…">{submitLabel}</SubmitButton>
    </form>
  );
}
