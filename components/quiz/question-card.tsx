import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { answerKey, type QuestionAttempt, useProgressStore } from '@/components/progress/progress-store';
import { useHydrated } from '@/components/progress/use-hydrated';
import { AnswerKey } from '@/components/quiz/answer-key';
import { type Draft, draftFromResponse, emptyDraft, missingAnswerMessage, responseFromDraft } from '@/components/quiz/draft';
import { FeedbackPanel } from '@/components/quiz/feedback-panel';
import { formativeView } from '@/components/quiz/formative-view';
import { QuestionInput } from '@/components/quiz/question-input';
import { QuestionTables } from '@/components/quiz/question-tables';
import { ScenarioReview } from '@/components/quiz/scenario-review';
import { primaryButton, secondaryButton } from '@/components/quiz/styles';
import { WrittenGuide } from '@/components/quiz/written-guide';
import { markItem } from '@/lib/quiz/mark';
import { MarkingError, type MarkResult } from '@/lib/quiz/mark-types';
import type { QuizResponse } from '@/lib/quiz/response';
import type { Question } from '@/lib/quiz/schema';

export type QuestionCardProps = {
  quizId: string;
  question: Question;
  /** Position in the quiz, from 1. */
  number: number;
  total: number;
};

type FocusTarget = 'feedback' | 'controls' | null;

/** One practice question: its controls, checking, feedback, another try and the answer key. */
export function QuestionCard({ quizId, question, number, total }: QuestionCardProps) {
  const hydrated = useHydrated();
  const stored = useProgressStore((state) => state.answers[answerKey(quizId, question.id)]);
  const recordAnswer = useProgressStore((state) => state.recordAnswer);
  const resetQuestion = useProgressStore((state) => state.resetQuestion);
  const view = useMemo(() => formativeView(question), [question]);
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(view));
  const [error, setError] = useState<string | null>(null);
  const [showKey, setShowKey] = useState(false);
  const focusNext = useRef<FocusTarget>(null);
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const baseId = useId();
  const errorId = `${baseId}-error`;
  const keyId = `${baseId}-key`;
  // The saved answer is the checked state; it is read only after hydration, so the server HTML matches.
  const checked = useMemo(() => (hydrated && stored ? readSaved(question, stored) : null), [hydrated, stored, question]);
  const shownDraft = checked === null ? draft : (draftFromResponse(view, checked.response) ?? draft);

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'feedback') headingRef.current?.focus();
    if (target === 'controls') firstControl(fieldsetRef.current)?.focus();
  });

  function submit(current: Draft) {
    const response = responseFromDraft(view, current);
    if (response === null) {
      setError(missingAnswerMessage(view));
      focusNext.current = 'controls';
      return;
    }
    const result = markSafely(question, response);
    if (result === null) {
      setError('This answer could not be checked. Change it and check it again.');
      return;
    }
    recordAnswer(quizId, question.id, response, result.score);
    setError(null);
    focusNext.current = 'feedback';
  }

  function change(next: Draft) {
    setDraft(next);
    setError(null);
    // A conversation is checked as soon as it reaches an ending.
    if (next.type === 'scenario' && responseFromDraft(view, next) !== null) submit(next);
  }

  function tryAgain() {
    resetQuestion(quizId, question.id);
    setDraft(emptyDraft(view));
    setError(null);
    setShowKey(false);
    focusNext.current = 'controls';
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (checked === null) submit(draft);
  }

  const isScenario = question.type === 'scenario';
  const restartLabel = isScenario ? 'Start the conversation again' : 'Try again';
  const canRestart = checked !== null || (draft.type === 'scenario' && draft.path.length > 0);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-slate-300 bg-white p-4 sm:p-5">
      <fieldset ref={fieldsetRef} aria-describedby={error === null ? undefined : errorId} className="min-w-0">
        <legend className="mb-3 w-full">
          {total > 1 ? (
            <span className="block text-sm font-semibold text-slate-700">
              Question {number} of {total}
            </span>
          ) : null}
          <span className="mt-1 block text-lg font-semibold text-slate-900">{question.prompt}</span>
        </legend>
        <QuestionTables tables={question.tables} />
        <QuestionInput
          question={view}
          draft={shownDraft}
          onChange={change}
          disabled={checked !== null}
          errorId={error === null ? undefined : errorId}
        />
      </fieldset>

      <div aria-live="polite">
        {error === null ? null : (
          <p id={errorId} className="font-semibold text-red-800">
            <span aria-hidden="true">⚠ </span>
            {error}
          </p>
        )}
        {checked === null ? null : (
          <FeedbackPanel
            result={checked.result}
            lines={question.type === 'scenario' ? [] : checked.result.feedback}
            attempts={checked.attempts}
            headingRef={headingRef}
          >
            {question.type === 'written' ? <WrittenGuide question={question} /> : null}
            {question.type === 'scenario' && checked.response.type === 'scenario' ? (
              <ScenarioReview question={question} path={checked.response.path} />
            ) : null}
          </FeedbackPanel>
        )}
      </div>

      <div className="flex flex-wrap gap-3">
        {checked === null && !isScenario ? (
          <button type="submit" className={primaryButton}>
            Check answer
          </button>
        ) : null}
        {canRestart ? (
          <button type="button" onClick={tryAgain} className={secondaryButton}>
            {restartLabel}
          </button>
        ) : null}
        {checked !== null && question.type !== 'written' && !isScenario ? (
          <button type="button" aria-expanded={showKey} aria-controls={keyId} onClick={() => setShowKey(!showKey)} className={secondaryButton}>
            {showKey ? 'Hide the correct answer' : 'Show the correct answer'}
          </button>
        ) : null}
      </div>
      {checked !== null && showKey ? <AnswerKey question={question} id={keyId} /> : null}
    </form>
  );
}

type Saved = { response: QuizResponse; result: MarkResult; attempts: number };

/** A saved answer marked again for its feedback; null when the question has changed since and it no longer fits. */
function readSaved(question: Question, attempt: QuestionAttempt): Saved | null {
  const result = markSafely(question, attempt.response);
  return result === null ? null : { response: attempt.response, result, attempts: attempt.attempts };
}

function markSafely(question: Question, response: QuizResponse): MarkResult | null {
  try {
    return markItem(question, response);
  } catch (error) {
    if (error instanceof MarkingError) return null;
    throw error;
  }
}

/** The first control the validation message is about, else the first control of the question. */
function firstControl(container: HTMLElement | null): HTMLElement | null {
  const enabled = ['input', 'select', 'textarea', 'button'].map((tag) => `${tag}:not([disabled])`);
  return (
    container?.querySelector<HTMLElement>(enabled.map((selector) => `${selector}[aria-invalid="true"]`).join(', ')) ??
    container?.querySelector<HTMLElement>(enabled.join(', ')) ??
    null
  );
}
