import type { ReactNode } from 'react';
import { describeLocalDateTime } from '@/components/quiz/format-date-time';
import { TicketKey } from '@/components/quiz/ticket-key';
import { WrittenGuide } from '@/components/quiz/written-guide';
import type { Question } from '@/lib/quiz/schema';

export type AnswerKeyProps = { question: Question; id?: string };

/** The correct answer and the reason behind every option: shown only when the learner asks. */
export function AnswerKey({ question, id }: AnswerKeyProps) {
  return (
    <section id={id} className="space-y-3 rounded-md border border-slate-300 bg-white p-4">
      <h3 className="font-bold text-slate-900">The correct answer</h3>
      <KeyBody question={question} />
    </section>
  );
}

function KeyBody({ question }: { question: Question }): ReactNode {
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const correct = new Set(question.type === 'single' ? [question.answer] : question.answers);
      return (
        <ul className="space-y-3">
          {question.options.map((option) => (
            <li key={option.id}>
              <p className="font-semibold">
                <span aria-hidden="true">{correct.has(option.id) ? '✓ ' : '✗ '}</span>
                {correct.has(option.id) ? 'Correct: ' : 'Not correct: '}
                {option.text}
              </p>
              <p className="text-slate-800">{option.feedback}</p>
            </li>
          ))}
        </ul>
      );
    }
    case 'truefalse':
      return (
        <>
          <p className="font-semibold">The statement is {question.answer ? 'true' : 'false'}.</p>
          <dl className="space-y-2">
            <dt className="font-semibold">If you chose True</dt>
            <dd className="text-slate-800">{question.feedback.true}</dd>
            <dt className="font-semibold">If you chose False</dt>
            <dd className="text-slate-800">{question.feedback.false}</dd>
          </dl>
        </>
      );
    case 'ordering':
      return (
        <>
          <ol className="list-decimal space-y-1 pl-6">
            {question.items.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ol>
          <p className="text-slate-800">{question.explanation}</p>
        </>
      );
    case 'matching': {
      const choiceText = new Map(question.choices.map((choice) => [choice.id, choice.text] as const));
      return (
        <>
          <ul className="space-y-2">
            {question.pairs.map((pair) => (
              <li key={pair.id}>
                {pair.text} <span aria-hidden="true">→</span>
                <span className="sr-only">goes with</span> <strong>{choiceText.get(pair.match) ?? pair.match}</strong>
              </li>
            ))}
          </ul>
          <p className="text-slate-800">{question.explanation}</p>
        </>
      );
    }
    case 'numeric': {
      const unit = question.unit === undefined ? '' : ` ${question.unit}`;
      return (
        <>
          <p className="font-semibold">
            {plain(question.answer)}
            {unit}
            {question.tolerance > 0
              ? ` (anything from ${plain(question.answer - question.tolerance)} to ${plain(question.answer + question.tolerance)}${unit} counts)`
              : ''}
          </p>
          <p className="text-slate-800">{question.explanation}</p>
        </>
      );
    }
    case 'datetime':
      return (
        <>
          <p className="font-semibold">
            {describeLocalDateTime(question.answer)} (SAST)
            {question.toleranceMinutes > 0 ? `, give or take ${question.toleranceMinutes} minutes` : ''}
          </p>
          <p className="text-slate-800">{question.explanation}</p>
        </>
      );
    case 'written':
      return <WrittenGuide question={question} />;
    case 'scenario':
      return <p>The feedback above explains each choice you made.</p>;
    case 'ticket':
      return <TicketKey question={question} />;
  }
}

/** 15.5 rather than 15.499999999999998. */
function plain(value: number): string {
  return String(Number(value.toPrecision(12)));
}
