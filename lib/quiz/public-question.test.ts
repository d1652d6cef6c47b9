import { expect, test } from 'vitest';
import { PublicQuestionSchema, toPublicQuestion } from '@/lib/quiz/public-question';
import type { Question } from '@/lib/quiz/schema';
import { dateTimeQuestion, everyQuestion, numericQuestion, orderingQuestion, scenarioQuestion, writtenQuestion } from '@/lib/quiz/test-questions';

const KEY_FIELDS = [
  'answer',
  'answers',
  'feedback',
  'explanation',
  'modelAnswer',
  'markingGuide',
  'tolerance',
  'toleranceMinutes',
  'match',
  'meets',
  'misses',
  'criteria',
  'acs',
];

function keysIn(json: string): Set<string> {
  const keys = new Set<string>();
  JSON.parse(json, (key, value: unknown) => {
    keys.add(key);
    return value;
  });
  return keys;
}

/** Every piece of text that explains or gives away the answer. */
function secretTexts(question: Question): string[] {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.options.map((option) => option.feedback);
    case 'truefalse':
      return [question.feedback.true, question.feedback.false];
    case 'ordering':
    case 'matching':
    case 'numeric':
    case 'datetime':
      return [question.explanation];
    case 'written':
      return [question.modelAnswer, ...question.markingGuide];
    case 'scenario':
      return [
        ...question.criteria.map((criterion) => criterion.label),
        ...question.nodes.flatMap((node) => node.choices.map((choice) => choice.feedback)),
      ];
  }
}

test('no key field survives for any question type', () => {
  for (const question of everyQuestion()) {
    const json = JSON.stringify(toPublicQuestion(question, 'attempt-1'));
    const keys = keysIn(json);
    for (const field of KEY_FIELDS) expect(keys.has(field), `${question.type} leaks "${field}"`).toBe(false);
  }
});

test('no feedback, explanation, model answer, marking point or criterion label survives for any question type', () => {
  for (const question of everyQuestion()) {
    const json = JSON.stringify(toPublicQuestion(question, 'attempt-1'));
    const secrets = secretTexts(question);
    expect(secrets.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(json, `${question.type} leaks "${secret}"`).not.toContain(JSON.stringify(secret).slice(1, -1));
  }
});

test('numeric and date-time answers do not appear anywhere', () => {
  expect(JSON.stringify(toPublicQuestion(numericQuestion(), 1))).not.toMatch(/16|0\.5/);
  expect(JSON.stringify(toPublicQuestion(dateTimeQuestion(), 1))).not.toContain('2026-03-04');
});

test('every public question passes its strict schema', () => {
  for (const question of everyQuestion()) {
    const shown = toPublicQuestion(question, 'attempt-1');
    expect(PublicQuestionSchema.parse(JSON.parse(JSON.stringify(shown)))).toEqual(shown);
  }
});

test('the public schema refuses a question carrying its key', () => {
  const shown = toPublicQuestion(everyQuestion()[0] ?? writtenQuestion(), 1);
  expect(PublicQuestionSchema.safeParse({ ...shown, answer: 'acknowledge' }).success).toBe(false);
  expect(PublicQuestionSchema.safeParse({ ...shown, options: [{ id: 'a', text: 'A', feedback: 'Right' }] }).success).toBe(false);
});

test('the learner still sees what is needed to answer: prompt, options, items, pairs, unit, word limits, scenario text', () => {
  const [single, multiple, truefalse, ordering, matching, numeric, datetime, written, scenario] = everyQuestion().map((question) =>
    toPublicQuestion(question, 'attempt-1'),
  );
  expect(single?.type === 'single' && single.options.map((option) => option.id).sort()).toEqual(['acknowledge', 'close', 'restore']);
  expect(multiple?.type === 'multiple' && multiple.options).toHaveLength(4);
  expect(truefalse).toEqual({ id: 'clock-pause', type: 'truefalse', prompt: 'The SLA clock keeps running while the desk waits for the customer to reply.' });
  expect(ordering?.type === 'ordering' && ordering.items).toHaveLength(5);
  expect(matching?.type === 'matching' && [matching.pairs.length, matching.choices.length]).toEqual([3, 4]);
  expect(numeric?.type === 'numeric' && numeric.unit).toBe('hours');
  expect(datetime?.type).toBe('datetime');
  expect(written?.type === 'written' && [written.minWords, written.maxWords]).toEqual([20, 150]);
  expect(scenario?.type === 'scenario' && scenario.start).toBe('opening');
  expect(scenario?.type === 'scenario' && scenario.nodes[0]?.choices.map((choice) => choice.next)).toEqual(['venting', 'venting']);
});

test('absent optional fields become null', () => {
  const numeric = toPublicQuestion({ ...numericQuestion(), unit: undefined }, 1);
  expect(numeric.type === 'numeric' && numeric.unit).toBeNull();
  const written = toPublicQuestion({ ...writtenQuestion(), maxWords: undefined }, 1);
  expect(written.type === 'written' && written.maxWords).toBeNull();
});

test('ordering items are shown shuffled, never in the right order, and the same for the same seed', () => {
  const question = orderingQuestion();
  const key = question.items.map((item) => item.id).join();
  for (let seed = 0; seed < 100; seed += 1) {
    const shown = toPublicQuestion(question, seed);
    expect(shown.type === 'ordering' && shown.items.map((item) => item.id).join()).not.toBe(key);
  }
  expect(toPublicQuestion(question, 'attempt-9')).toEqual(toPublicQuestion(question, 'attempt-9'));
});

test('scenario choices carry only id, text and next', () => {
  const shown = toPublicQuestion(scenarioQuestion(), 1);
  if (shown.type !== 'scenario') throw new Error('expected a scenario');
  for (const node of shown.nodes) {
    for (const choice of node.choices) expect(Object.keys(choice).sort()).toEqual(['id', 'next', 'text']);
  }
});

test('a table of figures reaches the learner cell for cell, and the key still does not', () => {
  const tables = [{ caption: 'March tickets by priority', columns: ['Priority', 'Tickets', 'Resolution met'], rows: [['P1', '6', '83%'], ['P2', '40', '90%']] }];
  const question = { ...writtenQuestion(), tables };
  const shown = toPublicQuestion(question, 'attempt-1');
  expect(shown.tables).toEqual(tables);
  expect(PublicQuestionSchema.parse(JSON.parse(JSON.stringify(shown)))).toEqual(shown);
  const json = JSON.stringify(shown);
  for (const point of question.markingGuide) expect(json).not.toContain(point);
  expect(Object.hasOwn(toPublicQuestion(writtenQuestion(), 1), 'tables')).toBe(false);
});
