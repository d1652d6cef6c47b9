'use client';

import { useActionState } from 'react';
import { type IssueState, issueInvitationAction } from '@/app/(learner)/portfolio/witnesses/actions';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { CopyLink } from '@/components/witness/copy-link';

const initialState: IssueState = { status: 'idle', message: null, fieldErrors: {}, values: {}, link: null, witnessName: null };

/** The learner names a workplace witness; the reply carries the new link, shown once. */
export function InvitationForm({ linkDays }: { linkDays: number }) {
  const [state, action] = useActionState(issueInvitationAction, initialState);
  const values = state.values;
  const errors = state.fieldErrors;
  return (
    <div className="space-y-6">
      <form action={action} className="space-y-5" noValidate>
        <FormMessage state={state} />
        <TextField name="witnessName" label="Witness's full name" autoComplete="off" defaultValue={values.witnessName ?? ''} error={errors.witnessName} />
        <TextField name="witnessRole" label="Their role" hint="For example Service desk team leader." autoComplete="off" defaultValue={values.witnessRole ?? ''} error={errors.witnessRole} />
        <TextField name="organisation" label="Organisation" hint="Where you work together." autoComplete="off" defaultValue={values.organisation ?? ''} error={errors.organisation} />
        <TextField
          name="contact"
          label="Their e-mail address or phone number"
          hint="So your assessor can contact them to confirm the testimony."
          autoComplete="off"
          defaultValue={values.contact ?? ''}
          error={errors.contact}
        />
        <label className="flex items-start gap-2">
          <input type="checkbox" name="emailToWitness" defaultChecked={values.emailToWitness === 'on'} className="mt-1 size-4" />
          <span>E-mail the link to the witness as well (only when you gave an e-mail address)</span>
        </label>
        <SubmitButton pendingLabel="Creating the link…">Create the witness link</SubmitButton>
        <p className="text-sm text-slate-700">The link works once and expires after {linkDays} days.</p>
      </form>
      {state.link && state.witnessName ? <CopyLink link={state.link} witnessName={state.witnessName} /> : null}
    </div>
  );
}
