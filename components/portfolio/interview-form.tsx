'use client';

import { useState } from 'react';
import { recordInterviewAction } from '@/app/(assessor)/assess/learners/[learnerId]/interviews/new/actions';
import { describedBy, FieldError, fieldId, inputClass, textAreaClass } from '@/components/portfolio/field-error';
import { MomentFields } from '@/components/portfolio/moment-fields';
import { type QuestionRow, QuestionRows } from '@/components/portfolio/question-rows';
import { SignSection } from '@/components/portfolio/sign-section';
import { useKeptForm } from '@/components/portfolio/use-kept-form';
import { FormMessage } from '@/components/ui/form-message';

type Props = {
  learnerId: string;
  /** The learner's submitted attempts, labelled for the list. */
  attempts: { id: string; label: string }[];
  initialSubmissionId: string;
  registrationNumber: string | null;
  today: string;
};

const VERDICTS = [
  { value: 'authentic', label: 'Authentic: the work is the learner\u2019s own' },
  { value: 'doubts', label: 'Doubts: I am not satisfied the work is the learner\u2019s own' },
] as const;

/** The verification interview form: the attempt it concerns, questions and answers, verdict, notes, date, signature. */
export function InterviewForm({ learnerId, attempts, initialSubmissionId, registrationNumber, today }: Props) {
  const { state, action, pending, onSubmit } = useKeptForm(recordInterviewAction);
  const [submissionId, setSubmissionId] = useState(initialSubmissionId);
  const [rows, setRows] = useState<QuestionRow[]>([{ key: 0, question: '', answer: '' }]);
  const [verdict, setVerdict] = useState('');
  const [notes, setNotes] = useState('');
  const [date, setDate] = useState(today);
  const [time, setTime] = useState('');
  const errors = state.fieldErrors;
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-8" noValidate>
      <input type="hidden" name="learnerId" value={learnerId} />
      <FormMessage state={state} />
      <div>
        <label htmlFor={fieldId('submissionId')} className="block font-semibold">
          The work it concerns
        </label>
        <p id={`${fieldId('submissionId')}-hint`} className="text-sm text-slate-700">
          An interview about no particular attempt counts for the attempts submitted before it.
        </p>
        <select
          id={fieldId('submissionId')}
          name="submissionId"
          value={submissionId}
          onChange={(event) => setSubmissionId(event.target.value)}
          aria-describedby={describedBy(`${fieldId('submissionId')}-hint`, errors.submissionId && `${fieldId('submissionId')}-error`)}
          className={inputClass}
        >
          <option value="">No particular attempt</option>
          {attempts.map((attempt) => (
            <option key={attempt.id} value={attempt.id}>
              {attempt.label}
            </option>
          ))}
        </select>
        <FieldError id={`${fieldId('submissionId')}-error`} message={errors.submissionId} />
      </div>
      <section aria-labelledby="questions-heading" className="space-y-3">
        <h2 id="questions-heading" className="text-xl font-bold">
          Questions and answers
        </h2>
        <p className="text-slate-700">Ask about the learner&rsquo;s own written answers: how they reached them, what they would do differently.</p>
        <QuestionRows rows={rows} onChange={setRows} errors={errors} />
      </section>
      <fieldset className="space-y-2" aria-describedby={describedBy(errors.verdict && `${fieldId('verdict')}-error`)}>
        <legend className="text-xl font-bold">Verdict</legend>
        {VERDICTS.map((option) => (
          <label key={option.value} className="flex min-h-11 items-center gap-3">
            <input type="radio" name="verdict" value={option.value} checked={verdict === option.value} onChange={() => setVerdict(option.value)} className="h-5 w-5" />
            {option.label}
          </label>
        ))}
        <FieldError id={`${fieldId('verdict')}-error`} message={errors.verdict} />
      </fieldset>
      <div>
        <label htmlFor={fieldId('notes')} className="block font-semibold">
          Notes
        </label>
        <p id={`${fieldId('notes')}-hint`} className="text-sm text-slate-700">
          Required with doubts: what makes you doubt the work is the learner&rsquo;s own. Doubts block a Competent decision until a later interview finds the work authentic.
        </p>
        <textarea
          id={fieldId('notes')}
          name="notes"
          rows={4}
          value={notes}
          onChange={(event) => setNotes(event.target.value)}
          aria-invalid={errors.notes ? true : undefined}
          aria-describedby={describedBy(`${fieldId('notes')}-hint`, errors.notes && `${fieldId('notes')}-error`)}
          className={textAreaClass}
        />
        <FieldError id={`${fieldId('notes')}-error`} message={errors.notes} />
      </div>
      <MomentFields what="the interview" date={date} time={time} onDate={setDate} onTime={setTime} errors={errors} />
      <SignSection what="the interview" registrationNumber={registrationNumber} pending={pending} passwordError={errors.password} button="Sign the interview" />
    </form>
  );
}
