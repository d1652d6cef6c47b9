import { CallTranscript } from '@/components/quiz/call-transcript';
import { markTicketFields, TICKET_MARKING_RULE } from '@/lib/quiz/mark-ticket';
import type { QuizResponse } from '@/lib/quiz/response';
import type { TicketQuestion } from '@/lib/quiz/schema';

type Props = { question: TicketQuestion; response: QuizResponse | null; number: number; level?: 3 | 4 };

/**
 * A simulated ticket as the assessor sees it: the call, each field of the learner's log beside the
 * right entry with its mark, the rule, and the message to judge with its guide and model.
 */
export function TicketAssessment({ question, response, number, level = 3 }: Props) {
  const Part = level === 3 ? 'h4' : 'h5';
  const Guide = level === 3 ? 'h5' : 'h6';
  const ticket = response?.type === 'ticket' ? response : null;
  const marks = markTicketFields(question, ticket?.fields ?? {});
  const right = marks.filter((mark) => mark.right).length;
  return (
    <div className="mt-3 space-y-4">
      <details>
        <summary className="cursor-pointer font-semibold text-brand-800">The call the learner read</summary>
        <div className="mt-2">
          <CallTranscript callAt={question.callAt} transcript={question.transcript} />
        </div>
      </details>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it (a phone, or the answers column beside the decisions) */}
      <section className="relative overflow-x-auto" tabIndex={0} aria-label="Ticket log (scrolls sideways on small screens)">
        <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
          <caption id={`q${number}-log`} className="mb-2 text-left text-base font-semibold">
            Ticket log: {right} of {marks.length} fields right
          </caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="py-1 pr-3">Field</th>
              <th scope="col" className="py-1 pr-3">Learner&apos;s entry</th>
              <th scope="col" className="py-1 pr-3">Right answer</th>
              <th scope="col" className="py-1">Mark</th>
            </tr>
          </thead>
          <tbody>
            {marks.map((mark) => (
              <tr key={mark.id} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pr-3 font-semibold">{mark.label}</th>
                <td className="whitespace-pre-line py-2 pr-3">{mark.given ?? <em>left empty</em>}</td>
                <td className="py-2 pr-3">
                  {mark.expected}
                  {mark.facts === null ? null : (
                    <ul className="mt-1 list-disc pl-5 text-slate-800">
                      {mark.facts.map((fact) => (
                        <li key={fact.fact}>
                          {fact.found ? 'Mentions' : 'Does not mention'} {fact.fact} ({fact.anyOf.map((phrase) => `“${phrase}”`).join(' or ')})
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className={`py-2 font-semibold ${mark.right ? 'text-emerald-800' : 'text-red-800'}`}>
                  <span aria-hidden="true">{mark.right ? '✓ ' : '✗ '}</span>
                  {mark.right ? 'Right' : 'Not right'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p className="text-sm text-slate-700">
        <span className="font-semibold">How the log is marked: </span>
        {TICKET_MARKING_RULE}
      </p>
      <p className="text-slate-800">
        <span className="font-semibold">Why these ratings and times: </span>
        {question.explanation}
      </p>
      {question.message === undefined ? null : (
        <section aria-labelledby={`q${number}-message`} className="grid gap-4 border-t border-slate-300 pt-3 @2xl:grid-cols-2">
          <div>
            <Part id={`q${number}-message`} className="text-sm font-bold uppercase tracking-wide text-slate-700">
              Message to the customer
            </Part>
            <p className="mt-1 text-sm text-slate-700">{question.message.prompt}</p>
            <p className="mt-2 whitespace-pre-line">{ticket?.message?.trim() || 'Not written'}</p>
            <p className="mt-2 text-sm font-semibold">For you to judge against the marking guide</p>
          </div>
          <div>
            <Guide className="text-sm font-bold uppercase tracking-wide text-slate-700">Marking guide</Guide>
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {question.message.markingGuide.map((point) => (
                <li key={point}>{point}</li>
              ))}
            </ul>
            <details className="mt-2">
              <summary className="cursor-pointer font-semibold text-brand-800">Model message</summary>
              <p className="mt-1 whitespace-pre-line text-slate-800">{question.message.modelAnswer}</p>
            </details>
          </div>
        </section>
      )}
    </div>
  );
}
