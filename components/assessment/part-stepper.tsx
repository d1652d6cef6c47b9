'use client';

import { describePart, type PartProgress } from '@/components/assessment/part-progress';

type Props = {
  progress: PartProgress[];
  current: number;
  showAll: boolean;
  onChoose: (index: number) => void;
  onShowAll: (showAll: boolean) => void;
};

function stepClass(chosen: boolean, done: boolean): string {
  const base = 'flex min-h-11 w-full flex-col items-start rounded-md border-2 px-3 py-2 text-left';
  if (chosen) return `${base} border-brand-700 bg-brand-50`;
  return done ? `${base} border-emerald-700 bg-white` : `${base} border-slate-300 bg-white hover:border-brand-600`;
}

/**
 * The attempt's parts as steps: each says how many of its answers are saved and what is missing,
 * so a learner answering one part at a time sees the whole attempt's state without scrolling it.
 */
export function PartStepper({ progress, current, showAll, onChoose, onShowAll }: Props) {
  return (
    <nav aria-label="Parts of the assessment" className="no-print space-y-3">
      <ol className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {progress.map((part, index) => {
          const chosen = !showAll && index === current;
          const done = part.saved === part.total && part.unfinished === 0;
          return (
            <li key={part.title}>
              <button type="button" onClick={() => onChoose(index)} aria-current={chosen ? 'step' : undefined} className={stepClass(chosen, done)}>
                <span className="text-sm font-semibold text-slate-700">
                  Part {index + 1} of {progress.length}
                  {done ? <span className="text-emerald-800"> ✓</span> : null}
                </span>
                <span className="font-semibold text-slate-900">{part.title}</span>
                <span className={`text-sm ${part.unfinished > 0 || part.waiting > 0 ? 'text-amber-900' : 'text-slate-700'}`}>{describePart(part)}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => onShowAll(!showAll)} className="min-h-11 text-sm font-semibold text-brand-700 underline underline-offset-2">
        {showAll ? 'Show one part at a time' : 'Show every part on one page'}
      </button>
    </nav>
  );
}
