import { expect, test } from 'vitest';
import { describeLocalDateTime } from '@/components/quiz/format-date-time';
import { moveItem } from '@/components/quiz/reorder';
import { followPath } from '@/components/quiz/scenario-path';
import { sampleQuestion } from '@/components/quiz/sample-quiz';
import { verdictOf } from '@/components/quiz/verdict';
import { countWords, describeWordCount } from '@/components/quiz/word-count';

test('moveItem moves one item and leaves the input alone', () => {
  const items = ['a', 'b', 'c'];
  expect(moveItem(items, 2, 1)).toEqual(['a', 'c', 'b']);
  expect(moveItem(items, 0, 2)).toEqual(['b', 'c', 'a']);
  expect(items).toEqual(['a', 'b', 'c']);
});

test('moveItem ignores moves past either end', () => {
  expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  expect(moveItem(['a', 'b'], 1, 2)).toEqual(['a', 'b']);
});

test('words are counted across spaces and line breaks', () => {
  expect(countWords('')).toBe(0);
  expect(countWords('  one\ntwo   three ')).toBe(3);
});

test('the word count notes when an answer is over or under the limits', () => {
  expect(describeWordCount(1, 0, null)).toBe('1 word');
  expect(describeWordCount(130, 20, 120)).toBe('130 words: 10 over the limit of 120');
  expect(describeWordCount(5, 20, 120)).toBe('5 words: aim for at least 20');
  expect(describeWordCount(0, 20, 120)).toBe('0 words');
});

test('a local date-time reads with its weekday', () => {
  expect(describeLocalDateTime('2026-04-28T11:00')).toBe('Tuesday 28 April 2026 at 11:00');
  expect(describeLocalDateTime('1969-12-31T23:59')).toBe('Wednesday 31 December 1969 at 23:59');
});

test('following a scenario path builds the transcript and stops where the path leaves the graph', () => {
  const question = sampleQuestion('scenario');
  const partway = followPath(question.nodes, question.start, ['sorry']);
  expect(partway.steps.map((step) => step.choice.id)).toEqual(['sorry']);
  expect(partway.current?.id).toBe('plan');
  expect(partway.complete).toBe(false);
  expect(followPath(question.nodes, question.start, ['sorry', 'update']).complete).toBe(true);
  const astray = followPath(question.nodes, question.start, ['made-up', 'update']);
  expect(astray.steps).toEqual([]);
  expect(astray.complete).toBe(false);
  expect(followPath(question.nodes, question.start, ['policy', 'update']).complete).toBe(false);
});

test('the verdict says in words how the answer went', () => {
  expect(verdictOf({ score: 1, correct: true, status: 'marked', feedback: [] }).label).toBe('Correct');
  expect(verdictOf({ score: 0.666, correct: false, status: 'marked', feedback: [] }).label).toBe('Partly correct (66%)');
  expect(verdictOf({ score: 0, correct: false, status: 'marked', feedback: [] }).label).toBe('Not quite');
  expect(verdictOf({ score: 0, correct: false, status: 'needs-assessor', feedback: [] }).tone).toBe('review');
});
