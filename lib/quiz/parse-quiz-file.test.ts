import { expect, test } from 'vitest';
import { parseBank, parseQuizFile } from '@/lib/quiz/parse-quiz-file';

const FILE = 'content/lessons/03-sla/quiz.yml';

const goodQuiz = `
quizzes:
  - id: sla-basics-check
    title: Check your understanding
    questions:
      - id: response-vs-resolution
        type: single
        acs: [AC2.3]
        prompt: What does the response time in an SLA measure?
        answer: acknowledge
        options:
          - { id: acknowledge, text: "Time to acknowledge", feedback: "Correct: response is the first contact." }
          - { id: restore, text: "Time to restore", feedback: "Not quite: that is resolution." }
      - id: p2-due
        type: datetime
        prompt: When is the ticket due?
        answer: 2026-03-04T09:30
        explanation: The clock stops overnight.
      - id: clock-pause
        type: truefalse
        prompt: The clock runs while you wait for the customer.
        answer: false
        feedback: { true: "No.", false: "Yes." }
`;

function problemsOf(result: ReturnType<typeof parseQuizFile> | ReturnType<typeof parseBank>): string[] {
  return result.ok ? [] : result.problems;
}

test('a sound quiz file parses, with defaults filled in and the date-time kept as text', () => {
  const result = parseQuizFile(goodQuiz, FILE);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  const [quiz] = result.value.quizzes;
  expect(quiz?.id).toBe('sla-basics-check');
  const due = quiz?.questions[1];
  expect(due?.type === 'datetime' && due.answer).toBe('2026-03-04T09:30');
  expect(due?.type === 'datetime' && due.toleranceMinutes).toBe(0);
  expect(due?.acs).toEqual([]);
});

test('broken YAML is reported with its line and column', () => {
  expect(problemsOf(parseQuizFile('quizzes:\n  - id: a\n    id: b\n', FILE))).toEqual([
    `${FILE} › line 3, column 5: YAML: Map keys must be unique`,
  ]);
});

test('an empty file is reported as missing its content', () => {
  expect(problemsOf(parseQuizFile('', FILE))).toEqual([`${FILE}: must be a mapping of fields, not empty`]);
});

test('schema problems name the quiz and question by id, in plain words', () => {
  const yaml = `
quizzes:
  - id: sla-check
    title: Check
    questions:
      - id: pick-priority
        type: single
        prompt: ""
        colour: blue
        options:
          - { id: P1, text: "Critical", feedback: "Yes." }
`;
  expect(problemsOf(parseQuizFile(yaml, FILE))).toEqual([
    `${FILE} › quizzes[0] (sla-check) › questions[0] (pick-priority) › prompt: must not be empty`,
    `${FILE} › quizzes[0] (sla-check) › questions[0] (pick-priority) › options[0] (P1) › id: must be kebab-case: lower-case letters, digits and single hyphens`,
    `${FILE} › quizzes[0] (sla-check) › questions[0] (pick-priority) › options: needs at least two options`,
    `${FILE} › quizzes[0] (sla-check) › questions[0] (pick-priority) › answer: is required (a text)`,
    `${FILE} › quizzes[0] (sla-check) › questions[0] (pick-priority): unknown field "colour"`,
  ]);
});

test('an unknown or missing question type lists the types there are', () => {
  const yaml = `
quizzes:
  - id: sla-check
    title: Check
    questions:
      - { id: one, type: essay, prompt: Write. }
      - { id: two, prompt: Write. }
`;
  const types = 'single, multiple, truefalse, ordering, matching, numeric, datetime, written, scenario';
  expect(problemsOf(parseQuizFile(yaml, FILE))).toEqual([
    `${FILE} › quizzes[0] (sla-check) › questions[0] (one) › type: "essay" is not one of ${types}`,
    `${FILE} › quizzes[0] (sla-check) › questions[1] (two) › type: is required: one of ${types}`,
  ]);
});

test('wrong value types are described in plain words', () => {
  const yaml = `
quizzes:
  - id: sla-check
    title: Check
    questions:
      - { id: hours, type: numeric, prompt: How many?, answer: "sixteen", tolerance: -1, explanation: Two days. }
      - { id: when, type: datetime, prompt: When?, answer: 2026-02-30T09:30, explanation: Overnight. }
`;
  expect(problemsOf(parseQuizFile(yaml, FILE))).toEqual([
    `${FILE} › quizzes[0] (sla-check) › questions[0] (hours) › answer: must be a number, not the text "sixteen"`,
    `${FILE} › quizzes[0] (sla-check) › questions[0] (hours) › tolerance: must be at least 0`,
    `${FILE} › quizzes[0] (sla-check) › questions[1] (when) › answer: must be a real local date-time written as YYYY-MM-DDTHH:mm, such as 2026-03-04T09:30`,
  ]);
});

test('cross-reference problems come after a clean schema parse, formatted the same way', () => {
  const yaml = goodQuiz.replace('answer: acknowledge', 'answer: reply');
  expect(problemsOf(parseQuizFile(yaml, FILE))).toEqual([
    `${FILE} › quizzes[0] (sla-basics-check) › questions[0] (response-vs-resolution) › answer: "reply" names no option (options: acknowledge, restore)`,
  ]);
});

function bankYaml(draw: number, itemCount: number, acs = '[AC2.3]'): string {
  const items = Array.from(
    { length: itemCount },
    (_, index) => `  - { id: item-${index}, type: truefalse, acs: ${acs}, prompt: "Claim ${index}?", answer: true, feedback: { true: "Yes.", false: "No." } }`,
  );
  return `id: final-check\ntitle: Final check\ndraw: ${draw}\nitems:\n${items.join('\n')}\n`;
}

test('a sound bank parses', () => {
  const result = parseBank(bankYaml(2, 6), 'content/assessment/final.yml');
  expect(result.ok && result.value.items).toHaveLength(6);
});

test('a bank must hold at least three times the items it draws', () => {
  expect(problemsOf(parseBank(bankYaml(3, 8), 'final.yml'))).toEqual([
    'final.yml › draw: draws 3 items, so the bank needs at least 9 (it has 8): each attempt must draw a different set',
  ]);
  expect(parseBank(bankYaml(3, 9), 'final.yml').ok).toBe(true);
});

test('every bank item needs an AC code', () => {
  expect(problemsOf(parseBank(bankYaml(1, 3, '[]'), 'final.yml'))).toEqual([
    'final.yml › items[0] (item-0) › acs: a summative item needs at least one AC code',
    'final.yml › items[1] (item-1) › acs: a summative item needs at least one AC code',
    'final.yml › items[2] (item-2) › acs: a summative item needs at least one AC code',
  ]);
});

test('a bank draw must be a positive whole number', () => {
  expect(problemsOf(parseBank(bankYaml(0, 3), 'final.yml'))).toEqual(['final.yml › draw: must be at least 1']);
  expect(problemsOf(parseBank(bankYaml(1.5, 6), 'final.yml'))).toEqual(['final.yml › draw: must be a whole number']);
});

test('bank cross-reference problems name the item', () => {
  const yaml = bankYaml(1, 3).replace('id: item-2', 'id: item-0');
  expect(problemsOf(parseBank(yaml, 'final.yml'))).toEqual(['final.yml › items[2] (item-0) › id: duplicate item id "item-0" (also items[0])']);
});

test('a problem deep inside a scenario names every step of the way by id', () => {
  const yaml = `
quizzes:
  - id: calls
    title: Calls
    questions:
      - id: angry-caller
        type: scenario
        prompt: Thandi calls.
        criteria: [{ id: greet, label: Step 1 – greet }]
        start: opening
        nodes:
          - id: opening
            text: The phone rings.
            choices:
              - { id: greet-warmly, text: Hello, next: done, feedback: Warm., meets: [greet], colour: red }
          - { id: done, text: Thanks., ending: true }
`;
  expect(problemsOf(parseQuizFile(yaml, FILE))).toEqual([
    `${FILE} › quizzes[0] (calls) › questions[0] (angry-caller) › nodes[0] (opening) › choices[0] (greet-warmly): unknown field "colour"`,
  ]);
  expect(parseQuizFile(yaml.replace(', colour: red', ''), FILE).ok).toBe(true);
});

test('booleans, lists and number limits are explained in plain words', () => {
  const yaml = `
quizzes:
  - id: sla-check
    title: Check
    questions:
      - { id: claim, type: truefalse, prompt: True?, answer: "yes", feedback: { true: "A.", false: "B." } }
      - { id: essay, type: written, prompt: Write., modelAnswer: A model., markingGuide: [one point], minWords: -1, maxWords: 0 }
      - { id: pick, type: single, prompt: Pick., answer: a, options: { id: a } }
`;
  expect(problemsOf(parseQuizFile(yaml, FILE))).toEqual([
    `${FILE} › quizzes[0] (sla-check) › questions[0] (claim) › answer: must be true or false, not the text "yes"`,
    `${FILE} › quizzes[0] (sla-check) › questions[1] (essay) › minWords: must be at least 0`,
    `${FILE} › quizzes[0] (sla-check) › questions[1] (essay) › maxWords: must be more than 0`,
    `${FILE} › quizzes[0] (sla-check) › questions[2] (pick) › options: must be a list, not a mapping of fields`,
  ]);
});

test('a file that is a list instead of a mapping is reported plainly', () => {
  expect(problemsOf(parseQuizFile('- one\n- two\n', FILE))).toEqual([`${FILE}: must be a mapping of fields, not a list`]);
  expect(problemsOf(parseQuizFile('quizzes: []\n', FILE))).toEqual([`${FILE} › quizzes: needs at least one quiz`]);
});

test('a table with a short row or a repeated column heading is refused, naming the row', () => {
  const quiz = `
quizzes:
  - id: report-check
    title: Read the report
    questions:
      - id: report-fcr
        type: numeric
        acs: [AC2.3]
        prompt: What is the first-contact resolution rate?
        answer: 70
        explanation: 280 of 400.
        tables:
          - caption: March
            columns: [Measure, Value, Value]
            rows: [[Tickets, "400", "x"], [Resolved at first contact]]
`;
  expect(problemsOf(parseQuizFile(quiz, FILE))).toEqual([
    `${FILE} › quizzes[0] (report-check) › questions[0] (report-fcr) › tables[0] › columns: two columns share a heading`,
    `${FILE} › quizzes[0] (report-check) › questions[0] (report-fcr) › tables[0] › rows[1]: has 1 cells but the table has 3 columns`,
  ]);
});
