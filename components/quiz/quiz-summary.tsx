import { useRef, useState } from 'react';
import { type QuestionAttempt, useProgressStore } from '@/components/progress/progress-store';
import { useHydrated } from '@/components/progress/use-hydrated';
import { secondaryButton } from '@/components/quiz/styles';
import { describeSummary, type ScoredQuiz, summariseQuiz } from '@/components/quiz/summary';

export type QuizSummaryProps = {
  /** Every question the score covers, those placed beside their sections included. */
  quiz: ScoredQuiz;
  /** Called after the learner confirms a reset, so the questions can start afresh. */
  onReset: () => void;
};

const NO_ANSWERS: Readonly<Record<string, QuestionAttempt>> = {};

/** The running score of a knowledge check and the way to clear it, with a confirm step first. */
export function QuizSummary({ quiz, onReset }: QuizSummaryProps) {
  const hydrated = useHydrated();
  const answers = useProgressStore((state) => state.answers);
  const resetQuestion = useProgressStore((state) => state.resetQuestion);
  const [confirming, setConfirming] = useState(false);
  const resetRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  // Before hydration, render as the server did: nothing answered yet.
  const summary = summariseQuiz(quiz, hydrated ? answers : NO_ANSWERS);
  const anything = summary.answered + summary.writtenAnswered > 0;

  function startConfirm() {
    setConfirming(true);
    // The confirm buttons appear on this render; move to them so the question is heard.
    requestAnimationFrame(() => confirmRef.current?.focus());
  }

  function cancel() {
    setConfirming(false);
    requestAnimationFrame(() => resetRef.current?.focus());
  }

  function reset() {
    for (const question of quiz.questions) resetQuestion(quiz.id, question.id);
    setConfirming(false);
    onReset();
  }

  return (
    <div className="space-y-3 rounded-lg border border-slate-300 bg-white p-4 sm:p-5">
      <h3 className="text-lg font-bold text-slate-900">Your score</h3>
      <div aria-live="polite" aria-atomic="true" className="space-y-1">
        {describeSummary(summary).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      {!anything ? null : confirming ? (
        <div className="space-y-3 rounded-md border-l-4 border-amber-600 bg-amber-50 p-3">
          <p className="font-semibold">Clear all your answers in this knowledge check? This cannot be undone.</p>
          <div className="flex flex-wrap gap-3">
            <button ref={confirmRef} type="button" onClick={reset} className={secondaryButton}>
              Yes, clear my answers
            </button>
            <button type="button" onClick={cancel} className={secondaryButton}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button ref={resetRef} type="button" onClick={startConfirm} className={secondaryButton}>
          Reset this knowledge check
        </button>
      )}
    </div>
  );
}
