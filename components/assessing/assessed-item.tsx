import { TicketAssessment } from '@/components/assessing/ticket-assessment';
import { QuestionTables } from '@/components/quiz/question-tables';
import { describeKey, describeResponse } from '@/lib/assessing/describe-answer';
import type { AssessorItem } from '@/lib/assessing/read-for-assessor';

function markLabel(item: AssessorItem): string {
  if (item.autoStatus === 'needs-assessor') return 'For you to judge against the marking guide';
  if (item.autoScore === null) return 'Not marked';
  // A ticket's mark is the log's alone; its message is judged by the assessor.
  if (item.question.type === 'ticket') return `${Math.floor(item.autoScore * 100)}% of the ticket log right`;
  if (item.autoScore >= 1) return 'Correct';
  if (item.autoScore <= 0) return 'Not correct';
  return `Partly correct (${Math.floor(item.autoScore * 100)}%)`;
}

/** The question's heading level: 3 in the plain list of answers, 4 under a criterion's heading. */
export type ItemLevel = 3 | 4;

/** One summative item as the assessor sees it: the answer, the automatic mark and what the key expects. */
export function AssessedItem({ item, level = 3 }: { item: AssessorItem; level?: ItemLevel }) {
  const Title = level === 3 ? 'h3' : 'h4';
  return (
    // A container, so answer and key sit side by side only where the item itself is wide enough, not the screen.
    <article id={`q${item.number}`} className="@container scroll-mt-6 rounded-lg border border-slate-300 p-4" aria-labelledby={`q${item.number}-title`}>
      <p className="text-sm font-semibold text-slate-700">
        {item.partTitle} · serves {item.acs.join(', ')}
      </p>
      <Title id={`q${item.number}-title`} className="mt-1 font-semibold">
        Question {item.number}: <span className="whitespace-pre-line font-normal">{item.question.prompt}</span>
      </Title>
      <QuestionTables tables={item.question.tables} />
      {item.question.type === 'ticket' ? (
        <>
          <p className="mt-2 text-sm font-semibold">Automatic mark: {markLabel(item)}</p>
          <TicketAssessment question={item.question} response={item.response} number={item.number} level={level} />
        </>
      ) : (
        <AnswerAndKey item={item} level={level} />
      )}
    </article>
  );
}

function AnswerAndKey({ item, level }: { item: AssessorItem; level: ItemLevel }) {
  const written = item.question.type === 'written' ? item.question : null;
  const Part = level === 3 ? 'h4' : 'h5';
  return (
    <div className="mt-3 grid gap-4 @2xl:grid-cols-2">
      <div>
        <Part className="text-sm font-bold uppercase tracking-wide text-slate-700">Learner&apos;s answer</Part>
        <div className="mt-1 space-y-1 whitespace-pre-line">
          {describeResponse(item.question, item.response).map((line, index, lines) => (
            // Lines of one answer may repeat (the same option text twice is refused by content:check, but text may repeat).
            <p key={`${lines.slice(0, index).filter((earlier) => earlier === line).length}:${line}`}>{line}</p>
          ))}
        </div>
        <p className="mt-2 text-sm font-semibold">Automatic mark: {markLabel(item)}</p>
      </div>
      <div>
        <Part className="text-sm font-bold uppercase tracking-wide text-slate-700">{written ? 'Marking guide' : item.question.type === 'scenario' ? 'Steps a good conversation shows' : 'Expected answer'}</Part>
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
  );
}
