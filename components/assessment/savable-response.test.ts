import { expect, test } from 'vitest';
import { missingPart, savableResponse } from '@/components/assessment/savable-response';
import type { PublicQuestion } from '@/lib/quiz/public-question';

const written: PublicQuestion = { id: 'w', prompt: 'Write', type: 'written', minWords: 5, maxWords: 20 };
const matching: PublicQuestion = {
  id: 'm',
  prompt: 'Match',
  type: 'matching',
  pairs: [
    { id: 'a', text: 'A' },
    { id: 'b', text: 'B' },
  ],
  choices: [
    { id: 'x', text: 'X' },
    { id: 'y', text: 'Y' },
  ],
};

test('work in progress is saved: part of a matching set and a short text', () => {
  expect(savableResponse(matching, { type: 'matching', matches: { a: 'x', b: '' } })).toEqual({ type: 'matching', matches: { a: 'x' } });
  expect(savableResponse(written, { type: 'written', text: 'Too short' })).toEqual({ type: 'written', text: 'Too short' });
});

test('an answer counts as done only once saved and complete, with the reason when it is not', () => {
  expect(missingPart(written, { type: 'written', text: 'one two three four five' }, false)).toBe('not answered yet');
  expect(missingPart(written, { type: 'written', text: 'one two' }, true)).toBe('2 words written; at least 5 needed');
  expect(missingPart(written, { type: 'written', text: 'one two three four five' }, true)).toBeNull();
  expect(missingPart(matching, { type: 'matching', matches: { a: 'x' } }, true)).toBe('some items are not matched yet');
  expect(missingPart(matching, { type: 'matching', matches: { a: 'x', b: 'y' } }, true)).toBeNull();
});
