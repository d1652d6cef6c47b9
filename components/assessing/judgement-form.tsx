'use client';

import { type ReactNode, useActionState, useState } from 'react';
import { type JudgementState, saveJudgementAction, signJudgementAction } from '@/app/(assessor)/assess/[submissionId]/actions';
import { CriterionFieldset, type JudgedCriterion } from '@/components/assessing/criterion-fieldset';
import { CriterionSection } from '@/components/assessing/criterion-section';
import { MarkAllMet } from '@/components/assessing/mark-all-met';
import { FormMessage } from '@/components/ui/form-message';
import type { CriterionJudgement } from '@/lib/db/schema/judgement';

type Props = {
  submissionId: string;
  revision: number;
  criteria: JudgedCriterion[];
  initial: Record<string, CriterionJudgement>;
  initialFeedback: string;
  previous: Record<string, CriterionJudgement> | null;
  registrationNumber: string | null;
  /** The answers bearing on each criterion, by code, rendered on the server and shown beside its decision. */
  supporting: Record<string, ReactNode>;
  /** Answers that bear on none of the criteria, shown after them; null when there are none. */
  unplaced: ReactNode;
};

const initialState: JudgementState = { status: 'idle', message: null, fieldErrors: {}, values: {}, revision: null };

/**
 * Per-criterion judgement beside the answers that bear on it, feedback, draft saving and signing with
 * the password entered again. One form holds them all, so one signature covers every criterion.
 */
export function JudgementForm({ submissionId, revision, criteria, initial, initialFeedback, previous, registrationNumber, supporting, unplaced }: Props) {
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
      <MarkAllMet criteria={criteria} onConfirm={(codes) => setChoices((current) => ({ ...current, ...Object.fromEntries(codes.map((code) => [code, 'met'])) }))} />
      {criteria.map((criterion) => (
        <CriterionSection key={criterion.code} criterion={criterion} answers={supporting[criterion.code]}>
          <CriterionFieldset
            criterion={criterion}
            choice={choices[criterion.code] ?? ''}
            onChoice={(value) => setChoices((current) => ({ ...current, [criterion.code]: value }))}
            comment={comments[criterion.code] ?? ''}
            onComment={(value) => setComments((current) => ({ ...current, [criterion.code]: value }))}
            previous={previous?.[criterion.code] ?? null}
            error={state.fieldErrors[`met:${criterion.code}`] ?? null}
          />
        </CriterionSection>
      ))}
      {unplaced}
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
