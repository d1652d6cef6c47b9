import { expect, test } from 'vitest';
import { checkDraftResponse, incompleteReason } from '@/lib/assessment/check-response';
import { modelTicket } from '@/lib/assessment/testing/model-answers';
import { ticketQuestion } from '@/lib/quiz/test-ticket-question';

const question = ticketQuestion();

test('half a ticket may be saved, but not one carrying a field the ticket does not ask for', () => {
  expect(checkDraftResponse(question, { type: 'ticket', fields: { callerName: 'Tebogo' } })).toEqual({ ok: true, response: { type: 'ticket', fields: { callerName: 'Tebogo' } } });
  const noDue = ticketQuestion();
  noDue.log.responseDue = undefined;
  noDue.log.resolutionDue = undefined;
  expect(checkDraftResponse(noDue, { type: 'ticket', fields: { responseDue: '2026-04-30T16:40' } })).toEqual({
    ok: false,
    message: 'Question "warehouse-scanners": the ticket does not ask for "responseDue"',
  });
});

test('a ticket field of the wrong kind is refused with the field named', () => {
  const result = checkDraftResponse(question, { type: 'ticket', fields: { impact: 'severe' } });
  expect(result.ok).toBe(false);
  expect(result.ok ? '' : result.message).toMatch(/^The answer is not in a form this question accepts/);
});

test('a ticket is ready to submit only with every field filled in and the message within its limits', () => {
  const model = modelTicket(question);
  expect(incompleteReason(question, model)).toBeNull();
  expect(incompleteReason(question, { ...model, fields: { ...model.fields, contact: ' ' } })).toBe('1 ticket field empty (Contact number or e-mail)');
  expect(incompleteReason(question, { ...model, message: undefined })).toBe('the message to the customer is not written');
  expect(incompleteReason(question, { ...model, message: 'word '.repeat(121) })).toBe('the message has 121 words; at most 120 allowed');
});
