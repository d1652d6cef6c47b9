'use client';

import { useActionState } from 'react';
import { signInAction } from '@/app/(auth)/sign-in/actions';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { initialFormState } from '@/lib/forms/form-state';
import { signInQuickCheck } from '@/lib/forms/quick-checks';
import { useKeptForm } from '@/lib/forms/use-kept-form';

const LABELS = { email: 'E-mail address', password: 'Password' };

export function SignInForm({ next }: { next: string | null }) {
  const [state, action, pending] = useActionState(signInAction, initialFormState);
  const { shown, onSubmit } = useKeptForm(state, action, signInQuickCheck);
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-5" noValidate>
      <ErrorSummary state={shown} labels={LABELS} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField name="email" label={LABELS.email} type="email" autoComplete="username" required defaultValue={shown.values.email} error={shown.fieldErrors.email} />
      <TextField name="password" label={LABELS.password} type="password" autoComplete="current-password" required error={shown.fieldErrors.password} />
      <SubmitButton pendingLabel="Signing in…" pending={pending}>
        Sign in
      </SubmitButton>
    </form>
  );
}
