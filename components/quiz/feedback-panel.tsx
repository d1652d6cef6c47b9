import type { ReactNode, Ref } from 'react';
import { type Verdict, verdictOf } from '@/components/quiz/verdict';
import type { MarkResult } from '@/lib/quiz/mark-types';

export type FeedbackPanelProps = {
  result: MarkResult;
  /** The feedback lines to list; usually the marker's, but a scenario lists its own per choice. */
  lines: readonly string[];
  /** How many times the learner has checked this question, counting earlier tries. */
  attempts: number;
  /** Focus moves here after checking, so keyboard and screen-reader users land on the result. */
  headingRef: Ref<HTMLHeadingElement>;
  children?: ReactNode;
};

const TONES: Record<Verdict['tone'], string> = {
  correct: 'border-emerald-700 bg-emerald-50',
  partial: 'border-amber-600 bg-amber-50',
  wrong: 'border-red-700 bg-red-50',
  review: 'border-brand-700 bg-brand-50',
};

export function FeedbackPanel({ result, lines, attempts, headingRef, children }: FeedbackPanelProps) {
  const verdict = verdictOf(result);
  // The same line twice (two options with the same reason) would read as a stutter.
  const unique = [...new Set(lines)];
  return (
    <div className={`space-y-3 rounded-md border-l-4 p-4 ${TONES[verdict.tone]}`}>
      <h3 ref={headingRef} tabIndex={-1} className="flex items-center gap-2 text-lg font-bold text-slate-900">
        <span aria-hidden="true">{verdict.icon}</span>
        {verdict.label}
      </h3>
      {attempts > 1 ? <p className="text-sm text-slate-700">Attempt {attempts}</p> : null}
      {unique.length === 0 ? null : (
        <ul className="space-y-2 text-slate-900">
          {unique.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {children}
    </div>
  );
}
