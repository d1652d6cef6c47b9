'use client';

import { useActionState } from 'react';
import { signUpAction } from '@/app/(auth)/sign-up/actions';
import { ErrorSummary } from '@/components/ui/error-summary';
import { IdentityFields } from '@/components/ui/identity-fields';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { initialFormState } from '@/lib/forms/form-state';
import { signUpQuickCheck } from '@/lib/forms/quick-checks';
import { useKeptForm } from '@/lib/forms/use-kept-form';

const LABELS = {
  fullName: 'Full name',
  email: 'E-mail address',
  idNumber: 'South African ID number',
  passportNumber: 'Passport number',
  passportCountry: 'Country that issued the passport',
  password: 'Password',
  confirmPassword: 'Password again',
};

export function SignUpForm() {
  const [state, action, pending] = useActionState(signUpAction, initialFormState);
  const { shown, onSubmit } = useKeptForm(state, action, signUpQuickCheck);
  const errors = shown.fieldErrors;
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-5" noValidate>
      <ErrorSummary state={shown} labels={LABELS} />
      <TextField name="fullName" label={LABELS.fullName} hint="As it appears on your ID document: it goes on your record of learning." autoComplete="name" required defaultValue={shown.values.fullName} error={errors.fullName} />
      <TextField name="email" label={LABELS.email} type="email" autoComplete="email" required defaultValue={shown.values.email} error={errors.email} />
      <IdentityFields state={shown} />
      <TextField name="password" label={LABELS.password} type="password" hint="At least 10 characters." autoComplete="new-password" required error={errors.password} />
      <TextField name="confirmPassword" label={LABELS.confirmPassword} type="password" autoComplete="new-password" required error={errors.confirmPassword} />
      <SubmitButton pendingLabel="Creating your account…" pending={pending}>
        Create my account
      </SubmitButton>
    </form>
  );
}
