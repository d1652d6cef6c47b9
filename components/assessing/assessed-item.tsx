import { describeKey, describeResponse } from '@/lib/assessing/describe-answer';
import type { AssessorItem } from '@/lib/assessing/read-for-assessor';
import { QuestionTables } from '@/components/quiz/question-tables';

function markLabel(item: AssessorItem): string {
  if (item.autoStatus === 'needs-assessor') return 'For you to judge against the marking guide';
  if (item.autoScore === null) return 'Not marked';
  if (item.autoScore >= 1) return 'Correct';
  if (item.autoScore <= 0) return 'Not correct';
  return `Partly correct (${Math.floor(item.autoScore * 100)}%)`;
}

/** One summative item as the assessor sees it: the answer, the automatic mark and what the key expects. */
export function AssessedItem({ item }: { item: AssessorItem }) {
  const written = item.question.type === 'written' ? item.question : null;
  return (
    <article id={`q${item.number}`} className="scroll-mt-6 rounded-lg border border-slate-300 p-4" aria-labelledby={`q${item.number}-title`}>
      <p className="text-sm font-semibold text-slate-700">
        {item.partTitle} · serves {item.acs.join(', ')}
      </p>
      <h3 id={`q${item.number}-title`} className="mt-1 font-semibold">
        Question {item.number}: <span className="whitespace-pre-line font-normal">{item.question.prompt}</span>
      </h3>
      <QuestionTables tables={item.question.tables} />
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <div>
          <h4 className="text-sm font-bold uppercase tracking-wide text-slate-700">Learner&apos;s answer</h4>
          <div className="mt-1 space-y-1 whitespace-pre-line">
            {describeResponse(item.question, item.response).map((line, index, lines) => (
              // Lines of one answer may repeat (the same option text twice is refused by content:check, but text may repeat).
              <p key={`${lines.slice(0, index).filter((earlier) => earlier === line).length}:${line}`}>{line}</p>
            ))}
          </div>
          <p className="mt-2 text-sm font-semibold">Automatic mark: {markLabel(item)}</p>
        </div>
        <div>
          <h4 className="text-sm font-bold uppercase tracking-wide text-slate-700">{written ? 'Marking guide' : item.question.type === 'scenario' ? 'Steps a good conversation shows' : 'Expected answer'}</h4>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {describeKey(item.question).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {written ? (
            <details className="mt-2">
              <summary className="cursor-pointer font-semibold text-brand-800">Model answer</summary>
              <p className="mt-1 whitespace-pre-line text-slate-800">{written.modelAnswer}</p>
            </details>
          ) : null}
        </div>
      </div>
    </article>
  );
}
