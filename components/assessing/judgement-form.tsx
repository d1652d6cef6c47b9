'use client';

import { useActionState, useState } from 'react';
import { type JudgementState, saveJudgementAction, signJudgementAction } from '@/app/(assessor)/assess/[submissionId]/actions';
import { ChoiceRadio } from '@/components/ui/choice-radio';
import { FormMessage } from '@/components/ui/form-message';
import type { CriterionJudgement } from '@/lib/db/schema/judgement';

type Criterion = { code: string; text: string; evidence: number[] };

type Props = {
  submissionId: string;
  revision: number;
  criteria: Criterion[];
  initial: Record<string, CriterionJudgement>;
  initialFeedback: string;
  previous: Record<string, CriterionJudgement> | null;
  registrationNumber: string | null;
};

const initialState: JudgementState = { status: 'idle', message: null, fieldErrors: {}, values: {}, revision: null };

/** Per-criterion judgement, feedback, draft saving and signing with the password entered again. */
export function JudgementForm({ submissionId, revision, criteria, initial, initialFeedback, previous, registrationNumber }: Props) {
  const [saveState, save] = useActionState(saveJudgementAction, initialState);
  const [signState, sign] = useActionState(signJudgementAction, initialState);
  const [choices, setChoices] = useState<Record<string, string>>(() =>
    Object.fromEntries(criteria.map((c) => [c.code, initial[c.code]?.met === true ? 'met' : initial[c.code]?.met === false ? 'not_yet' : ''])),
  );
  // Controlled text fields and choice radios: React resets the form after every action, refused ones too.
  const [comments, setComments] = useState<Record<string, string>>(() => Object.fromEntries(criteria.map((c) => [c.code, initial[c.code]?.comment ?? ''])));
  const [feedback, setFeedback] = useState(initialFeedback);
  const currentRevision = saveState.revision ?? revision;
  const state = signState.status !== 'idle' ? signState : saveState;
  const decided = criteria.every((c) => choices[c.code] === 'met' || choices[c.code] === 'not_yet');
  const outcome = !decided ? null : criteria.every((c) => choices[c.code] === 'met') ? 'Competent' : 'Not Yet Competent';
  return (
    <form className="space-y-6" noValidate>
      <input type="hidden" name="submissionId" value={submissionId} />
      <input type="hidden" name="revision" value={currentRevision} />
      <FormMessage state={state} />
      {criteria.map((criterion) => (
        <fieldset key={criterion.code} className="rounded-lg border border-slate-300 p-4">
          <legend className="px-1 font-semibold">
            {criterion.code} {criterion.text}
          </legend>
          <p className="text-sm text-slate-700">Evidence: {criterion.evidence.length > 0 ? criterion.evidence.map((n) => `Q${n}`).join(', ') : 'no item serves this criterion'}</p>
          {previous?.[criterion.code] ? (
            <p className="mt-1 text-sm text-slate-800">
              Last attempt: {previous[criterion.code]?.met ? 'met' : 'not yet met'}
              {previous[criterion.code]?.comment ? ` — "${previous[criterion.code]?.comment}"` : ''}
            </p>
          ) : null}
          <div className="mt-2 flex flex-wrap gap-6">
            {(['met', 'not_yet'] as const).map((value) => (
              <label key={value} className="flex min-h-11 items-center gap-2">
                <ChoiceRadio
                  name={`met:${criterion.code}`}
                  value={value}
                  chosen={choices[criterion.code] === value}
                  onChoose={() => setChoices((current) => ({ ...current, [criterion.code]: value }))}
                  className="h-5 w-5"
                />
                {value === 'met' ? 'Met' : 'Not yet met'}
              </label>
            ))}
          </div>
          <label htmlFor={`comment-${criterion.code}`} className="mt-2 block text-sm font-semibold">
            Comment on {criterion.code}
          </label>
          <textarea id={`comment-${criterion.code}`} name={`comment:${criterion.code}`} value={comments[criterion.code] ?? ''} onChange={(event) => setComments((current) => ({ ...current, [criterion.code]: event.target.value }))} rows={2} className="mt-1 block w-full rounded-md border border-slate-400 p-2" />
        </fieldset>
      ))}
      <div>
        <label htmlFor="feedback" className="block font-semibold">
          Feedback to the learner
        </label>
        <p id="feedback-hint" className="text-sm text-slate-700">
          Required for Not Yet Competent: say what is missing and what to do in the next attempt.
        </p>
        <textarea id="feedback" name="feedback" value={feedback} onChange={(event) => setFeedback(event.target.value)} rows={5} aria-describedby={state.fieldErrors.feedback ? 'feedback-hint feedback-error' : 'feedback-hint'} className="mt-1 block w-full rounded-md border border-slate-400 p-2" />
        {state.fieldErrors.feedback ? (
          <p id="feedback-error" className="text-sm font-semibold text-red-800">
            {state.fieldErrors.feedback}
          </p>
        ) : null}
      </div>
      <p className="text-lg" aria-live="polite">
        <span className="font-semibold">Outcome:</span> {outcome ?? 'decide every criterion first'}
      </p>
      <button type="submit" formAction={save} className="min-h-11 rounded-md border-2 border-brand-700 px-5 font-semibold text-brand-800">
        Save draft
      </button>
      <section aria-labelledby="sign-heading" className="space-y-3 rounded-lg bg-slate-50 p-4">
        <h2 id="sign-heading" className="text-xl font-bold">
          Sign the assessment
        </h2>
        {registrationNumber ? (
          <p className="text-slate-800">You sign as a registered assessor, registration number {registrationNumber}. A signed judgement cannot be changed.</p>
        ) : (
          <p className="font-semibold text-amber-900">Add your SETA registration number on your account page before you can sign.</p>
        )}
        <div>
          <label htmlFor="password" className="block font-semibold">
            Your password, to confirm it is you
          </label>
          <input id="password" name="password" type="password" autoComplete="current-password" aria-describedby={state.fieldErrors.password ? 'password-error' : undefined} className="mt-1 block min-h-11 w-full max-w-sm rounded-md border border-slate-400 px-3" />
          {state.fieldErrors.password ? (
            <p id="password-error" className="text-sm font-semibold text-red-800">
              {state.fieldErrors.password}
            </p>
          ) : null}
        </div>
        <button type="submit" formAction={sign} className="min-h-11 rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">
          Sign: {outcome ?? 'outcome not decided'}
        </button>
      </section>
    </form>
  );
}
