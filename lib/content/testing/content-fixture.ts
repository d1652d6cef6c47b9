import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ALL_ACS = '[AC1.1, AC1.2, AC1.3, AC1.4, AC2.1, AC2.2, AC2.3, AC2.4, AC3.1, AC3.2, AC3.3, AC3.4]';

export const fixtureFiles: Record<string, string> = {
  'course.yml': `id: test-course
title: Test course
summary: A course used to test the content check.
unitStandard:
  id: 114052
  title: A unit standard
  nqfLevel: 5
  credits: 8
  notionalHours: 80
  qualification: { title: A qualification, saqaId: 48573, credits: 147, qualityAssuror: A SETA }
  assumedLearning: [Something]
learningTime:
  - { part: lessons, title: Lessons, hours: 0.5, description: Reading the lessons. }
  - { part: practice, title: Practice, hours: 9.5, description: Knowledge checks. }
  - { part: summative, title: Summative assessment, hours: 10, description: The summative tasks. }
  - { part: workplace, title: Workplace evidence, hours: 60, description: Evidence from work. }
modules:
  - id: only-module
    title: Only module
    summary: The one module.
    lessons: [01-first-lesson]
`,
  'outcomes.yml': `status: Draft criteria for the test.
outcomes:
  - code: SO1
    title: One
    criteria: [{ code: AC1.1, text: a }, { code: AC1.2, text: b }, { code: AC1.3, text: c }, { code: AC1.4, text: d }]
  - code: SO2
    title: Two
    criteria: [{ code: AC2.1, text: a }, { code: AC2.2, text: b }, { code: AC2.3, text: c }, { code: AC2.4, text: d }]
  - code: SO3
    title: Three
    criteria: [{ code: AC3.1, text: a }, { code: AC3.2, text: b }, { code: AC3.3, text: c }, { code: AC3.4, text: d }]
`,
  'glossary/01.yml': `terms:
  - { id: sla, term: service level agreement, definition: An agreement on the level of service., lessons: [01-first-lesson] }
`,
  'lessons/01-first-lesson/index.mdx': `---
title: First lesson
summary: The first lesson.
order: 1
minutes: 10
outcomes: ${ALL_ACS}
---

In this lesson you will learn about the <Term id="sla">SLA</Term>.

## A section

Some text.

<Quiz id="first-check" />

<KeyPoints>

- One point.

</KeyPoints>
`,
  'lessons/01-first-lesson/quiz.yml': `quizzes:
  - id: first-check
    title: Check
    questions:
      - id: first-question
        type: truefalse
        acs: ${ALL_ACS}
        prompt: An SLA is an agreement.
        answer: true
        feedback: { true: "Yes, it is.", false: "It is an agreement." }
`,
};

/** Writes a small valid content folder, with any files replaced or added, and returns its path. */
export async function writeContentFixture(overrides: Record<string, string> = {}): Promise<string> {
  const root = path.join(await mkdtemp(path.join(tmpdir(), 'content-check-')), 'content');
  for (const [name, text] of Object.entries({ ...fixtureFiles, ...overrides })) {
    const file = path.join(root, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
  return root;
}
