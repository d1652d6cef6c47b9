import { expect, test } from 'vitest';
import { markItem } from '@/lib/quiz/mark';
import { walkScenario } from '@/lib/quiz/mark-scenario';
import { MarkingError } from '@/lib/quiz/mark-types';
import { scenarioQuestion } from '@/lib/quiz/test-questions';

const mark = (path: string[]) => markItem(scenarioQuestion(), { type: 'scenario', path });

test('scenario: the best path meets every criterion and scores 1', () => {
  expect(mark(['greet-warmly', 'let-her-finish', 'repeat-back'])).toEqual({
    score: 1,
    correct: true,
    status: 'marked',
    feedback: ['A warm greeting with your name.', 'You let her finish.', 'She hears you understood.'],
  });
});

test('scenario: the score is the share of criteria met, and each missed criterion is named by its label', () => {
  const result = mark(['greet-warmly', 'let-her-finish', 'skip-to-fix']);
  expect(result.score).toBeCloseTo(2 / 3, 10);
  expect(result.correct).toBe(false);
  expect(result.feedback).toEqual([
    'A warm greeting with your name.',
    'You let her finish.',
    'She is not sure you understood.',
    'Step 3 – repeat the concern back: missed',
  ]);
});

test('scenario: the worst path scores 0 and names every criterion', () => {
  const result = mark(['jump-in', 'interrupt', 'skip-to-fix']);
  expect(result.score).toBe(0);
  expect(result.feedback.slice(3)).toEqual([
    'Step 1 – greet and give your name: missed',
    'Step 2 – listen without interrupting: missed',
    'Step 3 – repeat the concern back: missed',
  ]);
});

test('scenario: a criterion met once but missed later on the same path does not count', () => {
  const question = scenarioQuestion();
  const venting = question.nodes[1];
  const interrupt = venting?.choices[1];
  if (interrupt === undefined) throw new Error('fixture changed');
  interrupt.misses = ['listen', 'greet'];
  const result = markItem(question, { type: 'scenario', path: ['greet-warmly', 'interrupt', 'repeat-back'] });
  expect(result.score).toBeCloseTo(1 / 3, 10);
  expect(result.feedback).toContain('Step 1 – greet and give your name: missed');
});

test('scenario: a path that stops before an ending is a marking error', () => {
  expect(() => mark(['greet-warmly', 'let-her-finish'])).toThrow('the path stops at "confirming", which is not an ending');
  expect(() => mark([])).toThrow('the path stops at "opening", which is not an ending');
});

test('scenario: a choice not offered at the node reached is a marking error', () => {
  expect(() => mark(['let-her-finish', 'greet-warmly', 'repeat-back'])).toThrow('step 1: "let-her-finish" is not a choice at node "opening"');
  expect(() => mark(['greet-warmly', 'hang-up', 'repeat-back'])).toThrow('step 2: "hang-up" is not a choice at node "venting"');
});

test('scenario: a path that goes on after an ending is a marking error', () => {
  expect(() => mark(['greet-warmly', 'let-her-finish', 'repeat-back', 'greet-warmly'])).toThrow(
    'the path goes on after the ending "resolved" (step 4, "greet-warmly")',
  );
});

test('scenario: a graph that names a missing node is a marking error, not a crash', () => {
  const question = { ...scenarioQuestion(), start: 'nowhere' };
  expect(() => walkScenario(question, ['greet-warmly'])).toThrow(MarkingError);
  expect(() => walkScenario(question, ['greet-warmly'])).toThrow('names a node "nowhere" that does not exist');
});

test('scenario: walking returns the choices taken in order', () => {
  expect(walkScenario(scenarioQuestion(), ['jump-in', 'let-her-finish', 'repeat-back']).map((choice) => choice.next)).toEqual([
    'venting',
    'confirming',
    'resolved',
  ]);
});
