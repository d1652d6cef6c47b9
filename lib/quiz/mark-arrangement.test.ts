import { expect, test } from 'vitest';
import { markItem } from '@/lib/quiz/mark';
import { longestIncreasingRun } from '@/lib/quiz/mark-arrangement';
import { MarkingError } from '@/lib/quiz/mark-types';
import { matchingQuestion, orderingQuestion } from '@/lib/quiz/test-questions';

const ordering = (order: string[]) => markItem(orderingQuestion(), { type: 'ordering', order });
const matching = (matches: Record<string, string>) => markItem(matchingQuestion(), { type: 'matching', matches });

test('ordering: the right order scores 1 with the explanation', () => {
  expect(ordering(['listen', 'apologise', 'repeat', 'solve', 'follow-up'])).toEqual({
    score: 1,
    correct: true,
    status: 'marked',
    feedback: ['You listen before you can apologise for the right thing.'],
  });
});

test('ordering: the reverse order scores 0', () => {
  expect(ordering(['follow-up', 'solve', 'repeat', 'apologise', 'listen']).score).toBe(0);
});

test('ordering: one item out of place costs one share of n − 1', () => {
  const result = ordering(['apologise', 'repeat', 'solve', 'follow-up', 'listen']);
  expect(result.score).toBe(0.75);
  expect(result.correct).toBe(false);
  expect(result.feedback).toEqual([
    '1 of 5 items is out of place: "Listen".',
    'The right order is: 1. Listen; 2. Apologise; 3. Repeat the concern back; 4. Agree a solution; 5. Follow up.',
    'You listen before you can apologise for the right thing.',
  ]);
});

test('ordering: two neighbours swapped cost one share', () => {
  expect(ordering(['listen', 'repeat', 'apologise', 'solve', 'follow-up']).score).toBe(0.75);
});

test('ordering: swapping the two halves of the procedure keeps little credit', () => {
  // Neighbouring pairs would still be 3 of 4 in order here; the longest run in order is only 3 of 5.
  const result = ordering(['solve', 'follow-up', 'listen', 'apologise', 'repeat']);
  expect(result.score).toBe(0.5);
  expect(result.feedback[0]).toBe('2 of 5 items are out of place: "Agree a solution", "Follow up".');
});

test('ordering: an order that is not a permutation of the items is a marking error', () => {
  expect(() => ordering(['listen', 'apologise', 'repeat', 'solve'])).toThrow('the order leaves out "follow-up"');
  expect(() => ordering(['listen', 'listen', 'apologise', 'repeat', 'solve', 'follow-up'])).toThrow('the order repeats item "listen"');
  expect(() => ordering(['listen', 'apologise', 'repeat', 'solve', 'follow-up', 'smile'])).toThrow('"smile" is not one of its items');
  expect(() => ordering([])).toThrow(MarkingError);
});

test('longest increasing run finds one longest run in order', () => {
  expect(longestIncreasingRun([])).toEqual([]);
  expect(longestIncreasingRun([4, 3, 2, 1, 0])).toHaveLength(1);
  expect(longestIncreasingRun([1, 2, 3, 4, 0])).toEqual([1, 2, 3, 4]);
  expect(longestIncreasingRun([3, 4, 0, 1, 2])).toEqual([0, 1, 2]);
  expect(longestIncreasingRun([0, 2, 1, 3])).toHaveLength(3);
});

test('matching: every pair right scores 1 with the explanation', () => {
  expect(matching({ 'payroll-down': 'p1', 'printer-jam': 'p3', 'new-mouse': 'p4' })).toEqual({
    score: 1,
    correct: true,
    status: 'marked',
    feedback: ['Priority follows impact and urgency.'],
  });
});

test('matching: the score is the share of pairs matched right, and each wrong pair is named', () => {
  const result = matching({ 'payroll-down': 'p1', 'printer-jam': 'p2', 'new-mouse': 'p4' });
  expect(result.score).toBeCloseTo(2 / 3, 10);
  expect(result.correct).toBe(false);
  expect(result.feedback).toEqual([
    '"One printer jammed in Pretoria" goes with "P3 medium", not "P2 high".',
    'Priority follows impact and urgency.',
  ]);
});

test('matching: a pair left unmatched counts as wrong', () => {
  const result = matching({ 'payroll-down': 'p1' });
  expect(result.score).toBeCloseTo(1 / 3, 10);
  expect(result.feedback).toContain('"Request for a new mouse" goes with "P4 low"; you left it unmatched.');
});

test('matching: no matches at all scores 0', () => {
  expect(matching({}).score).toBe(0);
});

test('matching: two pairs may share a choice, and a distractor choice is simply wrong', () => {
  const question = matchingQuestion();
  const shared = { ...question, pairs: question.pairs.map((pair) => ({ ...pair, match: 'p3' })) };
  const result = markItem(shared, { type: 'matching', matches: { 'payroll-down': 'p3', 'printer-jam': 'p3', 'new-mouse': 'p2' } });
  expect(result.score).toBeCloseTo(2 / 3, 10);
});

test('matching: a key that is not a pair id or a value that is not a choice id is a marking error', () => {
  expect(() => matching({ 'payroll-down': 'p1', 'server-room': 'p1' })).toThrow('"server-room" is not one of its pairs');
  expect(() => matching({ 'payroll-down': 'p9' })).toThrow('"p9" is not one of its choices');
  expect(() => matching({ 'payroll-down': 'payroll-down' })).toThrow(MarkingError);
});
