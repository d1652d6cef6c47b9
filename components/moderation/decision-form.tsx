'use client';

import { useActionState, useState } from 'react';
import { decideAction } from '@/app/(moderator)/moderate/[batchId]/actions';
import { ChoiceRadio } from '@/components/ui/choice-radio';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState } from '@/lib/forms/form-state';

type Props = { batchId: string; submissionId: string; criteria: { code: string; text: string; assessorSaid: string }[] };

/** Agree with the assessor, or refer the record back with a reason for each criterion questioned. */
export function ModerationDecisionForm({ batchId, submissionId, criteria }: Props) {
  const [state, action] = useActionState(decideAction, initialFormState);
  const [decision, setDecision] = useState<'agree' | 'refer'>('agree');
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [comment, setComment] = useState('');
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="batchId" value={batchId} />
      <input type="hidden" name="submissionId" value={submissionId} />
      <FormMessage state={state} />
      <fieldset className="space-y-2">
        <legend className="font-semibold">Your decision</legend>
        <label className="flex min-h-11 items-center gap-2">
          <ChoiceRadio name="decision" value="agree" chosen={decision === 'agree'} onChoose={() => setDecision('agree')} className="h-5 w-5" />
          Agree: the assessment is fair, valid and reliable
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <ChoiceRadio name="decision" value="refer" chosen={decision === 'refer'} onChoose={() => setDecision('refer')} className="h-5 w-5" />
          Refer back to the assessor with reasons
        </label>
      </fieldset>
      {decision === 'refer' ? (
        <fieldset className="space-y-3">
          <legend className="font-semibold">Reasons, per criterion you question (leave the others empty)</legend>
          {criteria.map((criterion) => (
            <div key={criterion.code}>
              <label htmlFor={`reason-${criterion.code}`} className="block text-sm">
                <span className="font-semibold">{criterion.code}</span> {criterion.text} <span className="text-slate-700">(assessor: {criterion.assessorSaid})</span>
              </label>
              <textarea
                id={`reason-${criterion.code}`}
                name={`reason:${criterion.code}`}
                rows={2}
                value={reasons[criterion.code] ?? ''}
                onChange={(event) => setReasons((current) => ({ ...current, [criterion.code]: event.target.value }))}
                className="mt-1 block w-full rounded-md border border-slate-400 p-2"
              />
            </div>
          ))}
        </fieldset>
      ) : null}
      <div>
        <label htmlFor="moderation-comment" className="block font-semibold">
          Comment (optional)
        </label>
        <textarea id="moderation-comment" name="comment" rows={3} value={comment} onChange={(event) => setComment(event.target.value)} className="mt-1 block w-full rounded-md border border-slate-400 p-2" />
      </div>
      <SubmitButton pendingLabel="Saving…">{decision === 'agree' ? 'Record agreement' : 'Refer back to the assessor'}</SubmitButton>
    </form>
  );
}
