import { expect, test } from 'vitest';
import { describeKey, describeResponse } from '@/lib/assessing/describe-answer';
import type { Question } from '@/lib/quiz/schema';
import { ticketQuestion } from '@/lib/quiz/test-ticket-question';

const matching: Question = {
  id: 'm',
  type: 'matching',
  prompt: 'Match',
  acs: ['AC2.2'],
  explanation: 'Because.',
  pairs: [
    { id: 'hh', text: 'High impact, high urgency', match: 'p1' },
    { id: 'll', text: 'Low impact, low urgency', match: 'p4' },
  ],
  choices: [
    { id: 'p1', text: 'P1' },
    { id: 'p4', text: 'P4' },
  ],
};

test('a matching answer reads as each statement with the choice made, naming gaps', () => {
  expect(describeResponse(matching, { type: 'matching', matches: { hh: 'p4' } })).toEqual(['High impact, high urgency → P4', 'Low impact, low urgency → (not matched)']);
  expect(describeKey(matching)).toEqual(['High impact, high urgency → P1', 'Low impact, low urgency → P4']);
});

test('no answer and an answer of another type are said plainly', () => {
  expect(describeResponse(matching, null)).toEqual(['No answer']);
  expect(describeResponse(matching, { type: 'truefalse', value: true })).toEqual(['The answer does not fit this question']);
});

test('a ticket reads as each field with the entry, naming empty ones, then the message; its key gives the right entries and the facts', () => {
  const question = ticketQuestion();
  const answer = describeResponse(question, { type: 'ticket', fields: { callerName: 'Tebogo Masondo', priority: 'P1' }, message: 'We are on it.' });
  expect(answer[0]).toBe('Caller name: Tebogo Masondo');
  expect(answer[1]).toBe('Department and site: (empty)');
  expect(answer).toContain('Priority: P1 (critical)');
  expect(answer.at(-1)).toBe('Message to the customer: We are on it.');
  const key = describeKey(question);
  expect(key).toContain('Problem, in the caller\'s words: All four handheld scanners show "Sync failed". (must mention the error message ("sync failed"); the device ("scanner" or "scanners" or "handheld" or "handhelds"))');
  expect(key).toContain('Resolution due: 2026-05-04 15:40 (± 5 min)');
  expect(key.at(-1)).toBe('Message: states the resolution time');
});
