import { expect, test } from 'vitest';
import { describeKey, describeResponse } from '@/lib/assessing/describe-answer';
import type { Question } from '@/lib/quiz/schema';

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
