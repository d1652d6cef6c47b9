'use client';

import { useActionState } from 'react';
import { updateMailPreferencesAction } from '@/app/(account)/account/actions';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState } from '@/lib/forms/form-state';
import { OPTIONAL_NOTICE_LABELS, type OptionalNotice } from '@/lib/mail/notices';

type Props = { optional: readonly OptionalNotice[]; optedOut: readonly OptionalNotice[]; offersDigest: boolean; dailyDigest: boolean };

/** The e-mails a person may turn off, each a box that is ticked while they get it. */
export function MailForm({ optional, optedOut, offersDigest, dailyDigest }: Props) {
  const [state, action] = useActionState(updateMailPreferencesAction, initialFormState);
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      <fieldset className="space-y-2">
        <legend className="font-semibold">E-mail me when</legend>
        {optional.map((notice) => (
          <label key={notice} className="flex items-start gap-2">
            <input type="checkbox" name="notice" value={notice} defaultChecked={!optedOut.includes(notice)} className="mt-1 size-4" />
            <span>{OPTIONAL_NOTICE_LABELS[notice]}</span>
          </label>
        ))}
      </fieldset>
      {offersDigest ? (
        <label className="flex items-start gap-2">
          <input type="checkbox" name="dailyDigest" defaultChecked={dailyDigest} className="mt-1 size-4" />
          <span>Send me a daily summary of the submissions waiting in my queue (each morning, only when something is waiting)</span>
        </label>
      ) : null}
      <SubmitButton pendingLabel="Saving…">Save e-mail choices</SubmitButton>
    </form>
  );
}
