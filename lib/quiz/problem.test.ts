import { expect, test } from 'vitest';
import { describePath, formatProblem, pathTo, valueAt } from '@/lib/quiz/problem';

const raw = { quizzes: [{ id: 'sla-check', questions: [{ id: 'first' }, { prompt: 'no id' }, { id: 42 }] }] };

test('pathTo joins fields and list elements with their ids', () => {
  const quiz = pathTo('', 'quizzes', { index: 0, id: 'sla-check' });
  expect(pathTo(pathTo(quiz, 'questions', { index: 2, id: 'pick-priority' }), 'answer')).toBe(
    'quizzes[0] (sla-check) › questions[2] (pick-priority) › answer',
  );
  expect(pathTo('', 'options', { index: 1 })).toBe('options[1]');
  expect(pathTo('', 'options', { index: 1, id: '  ' })).toBe('options[1]');
});

test('valueAt follows a zod path through raw data and gives undefined off the end', () => {
  expect(valueAt(raw, ['quizzes', 0, 'questions', 0, 'id'])).toBe('first');
  expect(valueAt(raw, ['quizzes', 3, 'id'])).toBeUndefined();
  expect(valueAt(raw, ['quizzes', 'id'])).toBeUndefined();
  expect(valueAt(null, ['quizzes'])).toBeUndefined();
});

test('describePath names elements by id only where the raw element has a text id', () => {
  expect(describePath(raw, ['quizzes', 0, 'questions', 0, 'prompt'])).toBe('quizzes[0] (sla-check) › questions[0] (first) › prompt');
  expect(describePath(raw, ['quizzes', 0, 'questions', 1])).toBe('quizzes[0] (sla-check) › questions[1]');
  expect(describePath(raw, ['quizzes', 0, 'questions', 2, 'id'])).toBe('quizzes[0] (sla-check) › questions[2] › id');
  expect(describePath([{ id: 'top' }], [0, 'text'])).toBe('[0] (top) › text');
  expect(describePath(raw, [])).toBe('');
});

test('formatProblem puts the file first and leaves out an empty path', () => {
  expect(formatProblem('quiz.yml', { path: 'quizzes[0] (a) › title', message: 'must not be empty' })).toBe(
    'quiz.yml › quizzes[0] (a) › title: must not be empty',
  );
  expect(formatProblem('quiz.yml', { path: '', message: 'is empty' })).toBe('quiz.yml: is empty');
});
