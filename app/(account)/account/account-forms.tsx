'use client';

import { useActionState } from 'react';
import { changePasswordAction, updateIdentityAction, updateProfileAction } from '@/app/(account)/account/actions';
import { FormMessage } from '@/components/ui/form-message';
import { IdentityFields } from '@/components/ui/identity-fields';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { initialFormState, succeeded } from '@/lib/forms/form-state';

export function ProfileForm({ fullName, registrationNumber, signs }: { fullName: string; registrationNumber: string | null; signs: boolean }) {
  const [state, action] = useActionState(updateProfileAction, initialFormState);
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <TextField name="fullName" label="Full name" autoComplete="name" defaultValue={state.values.fullName ?? fullName} error={state.fieldErrors.fullName} />
      {signs ? (
        <TextField
          name="registrationNumber"
          label="SETA registration number"
          hint="Required before you can sign an assessment or a moderation batch. Enter it exactly as your SETA issued it."
          defaultValue={state.values.registrationNumber ?? registrationNumber ?? ''}
          error={state.fieldErrors.registrationNumber}
        />
      ) : null}
      <SubmitButton pendingLabel="Saving…">Save profile</SubmitButton>
    </form>
  );
}

export function IdentityForm({ currentKind }: { currentKind: 'sa-id' | 'passport' | null }) {
  const [state, action] = useActionState(updateIdentityAction, initialFormState);
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <IdentityFields state={state} initialKind={currentKind ?? 'sa-id'} />
      <SubmitButton pendingLabel="Saving…">Save identity document</SubmitButton>
    </form>
  );
}

const PASSWORD_CHANGED = 'Your password is changed. Other devices were signed out.';

/** `changed`: the page was reached by the redirect that follows a successful change. */
export function PasswordForm({ changed }: { changed: boolean }) {
  const [state, action] = useActionState(changePasswordAction, changed ? succeeded(PASSWORD_CHANGED) : initialFormState);
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <TextField name="currentPassword" label="Current password" type="password" autoComplete="current-password" error={state.fieldErrors.currentPassword} />
      <TextField name="newPassword" label="New password" type="password" hint="At least 10 characters." autoComplete="new-password" error={state.fieldErrors.newPassword} />
      <TextField name="confirmPassword" label="New password again" type="password" autoComplete="new-password" error={state.fieldErrors.confirmPassword} />
      <SubmitButton pendingLabel="Changing…">Change password</SubmitButton>
    </form>
  );
}
