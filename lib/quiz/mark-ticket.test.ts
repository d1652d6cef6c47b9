import { expect, test } from 'vitest';
import { modelTicket } from '@/lib/assessment/testing/model-answers';
import { markItem } from '@/lib/quiz/mark';
import { askedFields, markTicket, markTicketFields } from '@/lib/quiz/mark-ticket';
import { MarkingError } from '@/lib/quiz/mark-types';
import type { TicketResponse } from '@/lib/quiz/response';
import { ticketQuestion } from '@/lib/quiz/test-ticket-question';

const question = ticketQuestion();
const model = modelTicket(question);

function withFields(fields: TicketResponse['fields']): TicketResponse {
  return { ...model, fields: { ...model.fields, ...fields } };
}

test('the model log scores full marks and lists only the explanation', () => {
  expect(markItem(question, model)).toEqual({ score: 1, correct: true, status: 'marked', feedback: [question.explanation] });
});

test('each wrong field costs one equal share of the twelve fields asked', () => {
  expect(askedFields(question)).toHaveLength(12);
  const result = markItem(question, withFields({ priority: 'P1', impact: 'high' }));
  expect(result.score).toBeCloseTo(10 / 12);
  expect(result.correct).toBe(false);
  expect(result.feedback).toContain('Priority: "P1 (critical)" is not right; the log should say P2 (high).');
  expect(result.feedback).toContain('Impact: "High" is not right; the log should say Medium.');
});

test('an empty field is wrong, and a half-filled log is marked, not refused', () => {
  const result = markTicket(question, { type: 'ticket', fields: { callerName: 'Tebogo Masondo', priority: 'P2' } });
  expect(result.score).toBeCloseTo(2 / 12);
  expect(result.feedback).toContain('Users affected: left empty; the log should say 4.');
  const blank = markTicket(question, { type: 'ticket', fields: { callerName: '   ' } });
  expect(blank.score).toBe(0);
});

test('free text is right when it mentions every fact in any listed wording, whatever the case', () => {
  const marks = markTicketFields(question, { problem: 'the HANDHELDS all show SYNC FAILED', site: 'Midrand' });
  const problem = marks.find((mark) => mark.id === 'problem');
  expect(problem?.right).toBe(true);
  const site = marks.find((mark) => mark.id === 'site');
  expect(site?.right).toBe(false);
  expect(site?.facts).toEqual([
    { fact: 'the department', anyOf: ['dispatch'], found: false },
    { fact: 'the site', anyOf: ['Midrand'], found: true },
  ]);
  expect(markTicket(question, withFields({ site: 'Midrand' })).feedback).toContain(
    'Department and site: does not mention the department (for example: Dispatch, Midrand warehouse).',
  );
});

test('a field without named facts must contain its answer, and lists no facts for the assessor', () => {
  const [name] = markTicketFields(question, { callerName: 'Mr tebogo masondo' });
  expect(name).toMatchObject({ id: 'callerName', right: true, facts: null, expected: 'Tebogo Masondo' });
  expect(markTicketFields(question, { callerName: 'Tebogo' })[0]?.right).toBe(false);
});

test('date-times are right within their tolerance and wrong one minute beyond it', () => {
  const at = (resolutionDue: string) => markTicketFields(question, { resolutionDue }).find((mark) => mark.id === 'resolutionDue');
  expect(at('2026-05-04T15:45')?.right).toBe(true);
  expect(at('2026-05-04T15:35')?.right).toBe(true);
  expect(at('2026-05-04T15:46')?.right).toBe(false);
  expect(at('2026-05-01T15:40')).toMatchObject({ right: false, expected: '2026-05-04 15:40 (± 5 min)', given: '2026-05-01 15:40' });
});

test('the number of users affected is right within its tolerance only', () => {
  const withTolerance = ticketQuestion();
  withTolerance.log.affectedUsers = { answer: 40, tolerance: 5 };
  const users = (affectedUsers: number) => markTicketFields(withTolerance, { affectedUsers }).find((mark) => mark.id === 'affectedUsers');
  expect(users(45)).toMatchObject({ right: true, expected: '40 (± 5)' });
  expect(users(46)?.right).toBe(false);
});

test('without due times the log has ten fields, and sending a due time anyway is a marking error', () => {
  const noDue = ticketQuestion();
  noDue.log.responseDue = undefined;
  noDue.log.resolutionDue = undefined;
  expect(askedFields(noDue)).toHaveLength(10);
  expect(() => markTicket(noDue, model)).toThrow(new MarkingError(noDue.id, 'the ticket does not ask for "responseDue", "resolutionDue"'));
  const { responseDue: _response, resolutionDue: _resolution, ...rest } = model.fields;
  expect(markTicket(noDue, { ...model, fields: rest }).score).toBe(1);
});

test('a message sent to a ticket that asks for none is a marking error; the message never changes the score', () => {
  const noMessage = ticketQuestion();
  noMessage.message = undefined;
  expect(() => markTicket(noMessage, model)).toThrow('asks for no message');
  expect(markTicket(question, { ...model, message: 'x' }).score).toBe(1);
  expect(markTicket(question, { ...model, message: undefined }).score).toBe(1);
});
