import { markTicketFields } from '@/lib/quiz/mark-ticket';
import type { TicketQuestion } from '@/lib/quiz/schema';

/** After a practice ticket: what each field should say, why, and a model message. */
export function TicketKey({ question }: { question: TicketQuestion }) {
  const expected = markTicketFields(question, {});
  return (
    <div className="space-y-3">
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        {expected.map((mark) => (
          <div key={mark.id} className="contents">
            <dt className="font-semibold">{mark.label}</dt>
            <dd className="mb-2 text-slate-800 sm:mb-0">{mark.expected}</dd>
          </div>
        ))}
      </dl>
      <p className="text-slate-800">{question.explanation}</p>
      {question.message === undefined ? null : (
        <div>
          <h4 className="font-semibold text-slate-900">A model message</h4>
          <p className="mt-1 whitespace-pre-line text-slate-800">{question.message.modelAnswer}</p>
          <h4 className="mt-2 font-semibold text-slate-900">What a good message includes</h4>
          <ul className="mt-1 list-disc space-y-1 pl-6 text-slate-800">
            {question.message.markingGuide.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
