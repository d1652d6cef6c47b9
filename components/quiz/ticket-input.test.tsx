import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from 'vitest';
import { TicketAssessment } from '@/components/assessing/ticket-assessment';
import { TicketInput } from '@/components/quiz/ticket-input';
import { modelTicket } from '@/lib/assessment/testing/model-answers';
import { publicTicket } from '@/lib/quiz/public-question';
import { ticketQuestion } from '@/lib/quiz/test-ticket-question';

const question = ticketQuestion();
const html = renderToStaticMarkup(
  <TicketInput question={publicTicket(question)} value={{ type: 'ticket', fields: { impact: 'medium' }, message: '' }} onChange={() => undefined} disabled={false} />,
);

/** The text of the <label for="…"> naming the element with this id. */
function labelFor(markup: string, id: string): string | null {
  const text = new RegExp(`<label[^>]*for="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>([^<]*)</label>`).exec(markup)?.[1];
  return text === undefined ? null : text.replaceAll('&#x27;', "'");
}

test('the call is an ordered list of turns, each naming its speaker, under a heading that gives the time of the call', () => {
  expect(html).not.toContain('<table');
  expect(html).toMatch(/<section aria-labelledby="([^"]+)"[^>]*><h3 id="\1"[^>]*>The call<\/h3>/);
  expect(html).toContain('Received Thursday 30 April 2026 at 15:40 (SAST).');
  const turns = [...html.matchAll(/<li[^>]*>(.*?)<\/li>/g)].map((match) => (match[1] ?? '').replace(/<[^>]+>/g, ''));
  expect(turns).toHaveLength(question.transcript.length);
  expect(turns[1]).toBe('Tebogo Masondo: Hi, Tebogo Masondo from the dispatch bay at the Midrand warehouse.');
});

test('every field of the log is a labelled control of its kind, in form order', () => {
  const controls = [...html.matchAll(/<(input|textarea|select)[^>]*id="([^"]+)"[^>]*>/g)].map((match) => ({ tag: match[1], label: labelFor(html, match[2] ?? '') }));
  expect(controls.map((control) => control.label)).toEqual([
    'Caller name',
    'Department and site',
    'Contact number or e-mail',
    "Problem, in the caller's words",
    'Users affected',
    'Effect on the business',
    'Impact',
    'Urgency',
    'Priority',
    ...['Logged at', 'Response due', 'Resolution due'].flatMap(() => ['Date', 'Hour', 'Minute']),
    'Your message',
  ]);
  expect(controls.filter((control) => control.tag === 'select').map((control) => control.label)).toEqual(['Impact', 'Urgency', 'Priority']);
  // Each moment is its own group, named by its legend, on a 24-hour clock whatever the browser's locale.
  expect(html).not.toContain('datetime-local');
  for (const legend of ['Logged at', 'Response due', 'Resolution due']) expect(html).toMatch(new RegExp(`<fieldset[^>]*><legend[^>]*>${legend}</legend>`));
  expect(html).toMatch(/<option value="medium" selected="">Medium<\/option>/);
  expect(html).toContain('<option value="P1">P1 (critical)</option>');
});

test('the log and the message are groups named by their legends, and the message box is described by its prompt', () => {
  expect(html).toMatch(/<fieldset[^>]*><legend[^>]*>Log the ticket<\/legend>/);
  expect(html).toMatch(/<fieldset[^>]*><legend[^>]*>Message to the customer<\/legend>/);
  const promptId = /<p id="([^"]+)"[^>]*>Write the SMS you send Tebogo/.exec(html)?.[1] ?? 'missing';
  expect(html).toMatch(new RegExp(`<textarea[^>]*aria-describedby="${promptId} `));
});

test('the assessor sees a table of the log: each field, the entry, the right answer and its mark, then the message to judge', () => {
  const model = modelTicket(question);
  const markup = renderToStaticMarkup(
    <TicketAssessment question={question} response={{ ...model, fields: { ...model.fields, priority: 'P3' } }} number={7} />,
  );
  expect(markup).toMatch(/<caption[^>]*>Ticket log: 11 of 12 fields right<\/caption>/);
  expect(markup).toMatch(/<th scope="row"[^>]*>Priority<\/th><td[^>]*>P3 \(medium\)<\/td><td[^>]*>P2 \(high\)<\/td><td[^>]*><span aria-hidden="true">✗ <\/span>Not right<\/td>/);
  expect(markup).toMatch(/<th scope="row"[^>]*>Impact<\/th><td[^>]*>Medium<\/td><td[^>]*>Medium<\/td><td[^>]*><span aria-hidden="true">✓ <\/span>Right<\/td>/);
  expect(markup).toContain('Mentions the error message (“sync failed”)');
  expect(markup).toContain(question.message?.modelAnswer);
  expect(markup).toContain('For you to judge against the marking guide');
});
