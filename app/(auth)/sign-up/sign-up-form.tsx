'use client';

import { useActionState } from 'react';
import { signUpAction } from '@/app/(auth)/sign-up/actions';
import { FormMessage } from '@/components/ui/form-message';
import { IdentityFields } from '@/components/ui/identity-fields';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { initialFormState } from '@/lib/forms/form-state';

export function SignUpForm() {
  const [state, action] = useActionState(signUpAction, initialFormState);
  const errors = state.fieldErrors;
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <TextField name="fullName" label="Full name" hint="As it appears on your ID document: it goes on your record of learning." autoComplete="name" required defaultValue={state.values.fullName} error={errors.fullName} />
      <TextField name="email" label="E-mail address" type="email" autoComplete="email" required defaultValue={state.values.email} error={errors.email} />
      <IdentityFields state={state} />
      <TextField name="password" label="Password" type="password" hint="At least 10 characters." autoComplete="new-password" required error={errors.password} />
      <TextField name="confirmPassword" label="Password again" type="password" autoComplete="new-password" required error={errors.confirmPassword} />
      <SubmitButton pendingLabel="Creating your account…">Create my account</SubmitButton>
    </form>
  );
}
