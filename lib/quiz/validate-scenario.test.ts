import { expect, test } from 'vitest';
import { type ScenarioQuestion, ScenarioSchema } from '@/lib/quiz/schema';
import { scenarioQuestion } from '@/lib/quiz/test-questions';
import { MAX_SCENARIO_PATHS, validateScenario } from '@/lib/quiz/validate-scenario';

type ChoiceSpec = { id: string; next: string; meets?: string[]; misses?: string[] };

/** A scenario from node id → choices (an empty list makes an ending). */
function scenario(nodes: Record<string, ChoiceSpec[]>, criteria = ['greet'], start = 'a'): ScenarioQuestion {
  return ScenarioSchema.parse({
    id: 'test-scenario',
    type: 'scenario',
    prompt: 'A customer calls.',
    criteria: criteria.map((id) => ({ id, label: `Do ${id}` })),
    start,
    nodes: Object.entries(nodes).map(([id, choices]) => ({
      id,
      text: `Node ${id}`,
      ending: choices.length === 0,
      choices: choices.map((choice) => ({ text: choice.id, feedback: `Feedback ${choice.id}`, ...choice })),
    })),
  });
}

const messages = (question: ScenarioQuestion) => validateScenario(question, 'q').map((problem) => `${problem.path}: ${problem.message}`);

test('a sound scenario has no problems', () => {
  expect(validateScenario(scenarioQuestion(), 'q')).toEqual([]);
});

test('an unknown start is reported and graph checks wait until it is fixed', () => {
  expect(messages({ ...scenarioQuestion(), start: 'hello' })).toEqual(['q › start: "hello" names no node']);
});

test("a choice's next naming no node is reported at that choice", () => {
  const question = scenario({ a: [{ id: 'go', next: 'nowhere', meets: ['greet'] }], b: [] });
  expect(messages(question)).toEqual(['q › nodes[0] (a) › choices[0] (go) › next: "nowhere" names no node']);
});

test('meets or misses naming no criterion is reported', () => {
  const question = scenario({ a: [{ id: 'go', next: 'b', meets: ['greet', 'smile'], misses: ['wave'] }], b: [] });
  expect(messages(question)).toEqual([
    'q › nodes[0] (a) › choices[0] (go) › meets: "smile" names no criterion',
    'q › nodes[0] (a) › choices[0] (go) › misses: "wave" names no criterion',
  ]);
});

test('a choice that both meets and misses one criterion is reported', () => {
  const question = scenario({ a: [{ id: 'go', next: 'b', meets: ['greet'], misses: ['greet'] }], b: [] });
  expect(messages(question)).toContain('q › nodes[0] (a) › choices[0] (go): both meets and misses criterion "greet"');
});

test('repeated node, choice and criterion ids are reported', () => {
  const question = scenarioQuestion();
  question.nodes[4] = { ...question.nodes[3], id: 'resolved', text: 'Again', choices: [], ending: true };
  const confirming = question.nodes[2];
  if (confirming === undefined) throw new Error('fixture changed');
  confirming.choices[1] = { ...confirming.choices[0], id: 'greet-warmly', text: 'x', next: 'resolved', feedback: 'x', meets: [], misses: [] };
  question.criteria[2] = { id: 'greet', label: 'Again' };
  expect(messages(question)).toEqual([
    'q › criteria[2] (greet) › id: duplicate criterion id "greet" (also criteria[0])',
    'q › nodes[4] (resolved) › id: duplicate node id "resolved" (also nodes[3])',
    'q › nodes[2] (confirming) › choices[0] (repeat-back) › meets: "repeat" names no criterion',
    'q › nodes[2] (confirming) › choices[1] (greet-warmly) › id: choice id "greet-warmly" is already used in node "opening"; choice ids must be unique within a scenario',
  ]);
});

test('a node that cannot be reached from start is reported', () => {
  const question = scenario({ a: [{ id: 'go', next: 'b', meets: ['greet'] }], b: [], orphan: [] });
  expect(messages(question)).toEqual(['q › nodes[2] (orphan): node "orphan" cannot be reached from start "a"']);
});

test('a node that is not an ending but has no choices is reported', () => {
  const question = scenario({ a: [{ id: 'go', next: 'b', meets: ['greet'] }], b: [] });
  question.nodes[1] = { id: 'b', text: 'Stuck', choices: [], ending: false };
  expect(messages(question)).toEqual(['q › nodes[1] (b): is not an ending but offers no choices: add choices or set ending: true']);
});

test('an ending that offers choices is reported', () => {
  const question = scenario({ a: [{ id: 'go', next: 'b', meets: ['greet'] }], b: [] });
  question.nodes[0] = { ...question.nodes[0], id: 'a', text: 'Start', ending: true, choices: question.nodes[0]?.choices ?? [] };
  expect(messages(question)).toContain('q › nodes[0] (a): is an ending but offers choices: remove them or set ending: false');
});

test('a choice that loops back to the same node is reported as a cycle', () => {
  const question = scenario({
    a: [
      { id: 'again', next: 'a' },
      { id: 'go', next: 'b', meets: ['greet'] },
    ],
    b: [],
  });
  expect(messages(question)).toEqual([
    'q › nodes[0] (a) › choices[0] (again) › next: leads back to "a", so a path could loop and never reach an ending',
  ]);
});

test('a longer cycle is reported, even when an ending is also reachable', () => {
  const question = scenario({
    a: [{ id: 'to-b', next: 'b', meets: ['greet'] }],
    b: [
      { id: 'to-c', next: 'c' },
      { id: 'done', next: 'end' },
    ],
    c: [{ id: 'back-to-a', next: 'a' }],
    end: [],
  });
  expect(messages(question)).toEqual([
    'q › nodes[2] (c) › choices[0] (back-to-a) › next: leads back to "a", so a path could loop and never reach an ending',
  ]);
});

test('two routes joining at one node is not a cycle', () => {
  const question = scenario({
    a: [
      { id: 'left', next: 'b', meets: ['greet'] },
      { id: 'right', next: 'c' },
    ],
    b: [{ id: 'b-on', next: 'end' }],
    c: [{ id: 'c-on', next: 'b' }],
    end: [],
  });
  expect(messages(question)).toEqual([]);
});

test('a criterion no choice meets is reported by its label', () => {
  const question = scenario({ a: [{ id: 'go', next: 'b', meets: ['greet'] }], b: [] }, ['greet', 'listen']);
  expect(messages(question)).toEqual([
    'q › criteria[1] (listen): no path meets "Do listen": some choice must meet it on a path where no choice misses it',
  ]);
});

test('a criterion met only on paths that also miss it is reported', () => {
  const question = scenario({
    a: [{ id: 'greet-first', next: 'b', meets: ['greet'] }],
    b: [{ id: 'then-forget', next: 'end', misses: ['greet'] }],
    end: [],
  });
  expect(messages(question)).toEqual([
    'q › criteria[0] (greet): no path meets "Do greet": some choice must meet it on a path where no choice misses it',
  ]);
});

test('criteria each meetable, but never all on one path, are reported: full marks would be impossible', () => {
  const question = scenario(
    {
      a: [
        { id: 'greet-only', next: 'end', meets: ['greet'] },
        { id: 'listen-only', next: 'end', meets: ['listen'] },
      ],
      end: [],
    },
    ['greet', 'listen'],
  );
  expect(messages(question)).toEqual(['q: no single path meets every criterion, so no learner could earn full marks']);
});

test('a scenario with more paths than can be reviewed is reported', () => {
  // 13 two-way decisions in a row give 2^13 = 8192 paths.
  const nodes: Record<string, ChoiceSpec[]> = {};
  for (let level = 0; level < 13; level += 1) {
    nodes[`n${level}`] = [
      { id: `left${level}`, next: `n${level + 1}`, meets: ['greet'] },
      { id: `right${level}`, next: `n${level + 1}` },
    ];
  }
  nodes.n13 = [];
  expect(2 ** 13).toBeGreaterThan(MAX_SCENARIO_PATHS);
  expect(messages(scenario(nodes, ['greet'], 'n0'))).toEqual([
    `q: has more than ${MAX_SCENARIO_PATHS} paths from start to an ending; split it into smaller scenarios`,
  ]);
});
