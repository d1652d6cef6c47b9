'use client';

import { useActionState } from 'react';
import { revokeInvitationAction } from '@/app/(learner)/portfolio/witnesses/actions';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState } from '@/lib/forms/form-state';

export function RevokeInvitationForm({ invitationId, witnessName }: { invitationId: string; witnessName: string }) {
  const [state, action] = useActionState(revokeInvitationAction, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="invitationId" value={invitationId} />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Revoking…">
        Revoke the link<span className="sr-only"> for {witnessName}</span>
      </SubmitButton>
    </form>
  );
}
