import { expect, test } from 'vitest';
import { missingPart, savableResponse } from '@/components/assessment/savable-response';
import { draftFromResponse, emptyDraft, missingAnswerMessage, responseFromDraft } from '@/components/quiz/draft';
import type { TicketDraft } from '@/components/quiz/ticket-draft';
import { modelTicket } from '@/lib/assessment/testing/model-answers';
import { publicTicket } from '@/lib/quiz/public-question';
import { ticketQuestion } from '@/lib/quiz/test-ticket-question';

const question = ticketQuestion();
const shown = publicTicket(question);
const model = modelTicket(question);

function fullDraft(): TicketDraft {
  const draft = draftFromResponse(shown, model);
  if (draft?.type !== 'ticket') throw new Error('expected a ticket draft');
  return draft;
}

test('a saved ticket comes back into the form exactly, and the form gives the same answer again', () => {
  const draft = fullDraft();
  expect(draft.fields.affectedUsers).toBe('4');
  expect(draft.fields.priority).toBe('P2');
  expect(draft.message).toBe(question.message?.modelAnswer);
  expect(responseFromDraft(shown, draft)).toEqual(model);
});

test('a ticket can be checked only with every field and the message filled in', () => {
  expect(responseFromDraft(shown, emptyDraft(shown))).toBeNull();
  expect(responseFromDraft(shown, { ...fullDraft(), message: '  ' })).toBeNull();
  expect(responseFromDraft(shown, { ...fullDraft(), fields: { ...fullDraft().fields, impact: '' } })).toBeNull();
  expect(missingAnswerMessage(shown)).toBe('Fill in every field of the ticket and write the message before checking.');
});

test('half a ticket is saved as it stands: empty and not-yet-valid fields are left out', () => {
  const draft: TicketDraft = {
    type: 'ticket',
    fields: { callerName: 'Tebogo', affectedUsers: '4.5', loggedAt: '2026-04-30T15:40:00', urgency: 'very', site: '' },
    message: '',
  };
  expect(savableResponse(shown, draft)).toEqual({ type: 'ticket', fields: { callerName: 'Tebogo', loggedAt: '2026-04-30T15:40' }, message: '' });
});

test('what is still missing is named, field by field, before the ticket counts as done', () => {
  const draft: TicketDraft = { ...fullDraft(), fields: { ...fullDraft().fields, priority: '', responseDue: '' }, message: 'Too short.' };
  expect(missingPart(shown, draft, true)).toBe('2 ticket fields empty (Priority, Response due); the message has 2 words; at least 10 needed');
  expect(missingPart(shown, fullDraft(), false)).toBe('not answered yet');
  expect(missingPart(shown, fullDraft(), true)).toBeNull();
});
