import { expect, test } from 'vitest';
import { checkContent } from '@/lib/content/check-content';
import { fixtureFiles, writeContentFixture } from '@/lib/content/testing/content-fixture';

const lessonFile = 'lessons/01-first-lesson/index.mdx';
const lessonSource = fixtureFiles[lessonFile] ?? '';

async function messagesFor(overrides: Record<string, string>) {
  const { content, problems } = await checkContent(await writeContentFixture(overrides));
  return { content, messages: problems.map((p) => `${p.file} › ${p.message}`) };
}

test('a valid course passes with its lessons compiled and its quiz loaded', async () => {
  const { content, messages } = await messagesFor({});
  expect(messages).toEqual([]);
  expect(content?.lessons[0]?.headings).toEqual([{ depth: 2, id: 'a-section', text: 'A section' }]);
  expect(content?.lessons[0]?.quizzes[0]?.questions).toHaveLength(1);
});

test('bad frontmatter is rejected naming the file, the field and the reason', async () => {
  const { content, messages } = await messagesFor({ [lessonFile]: lessonSource.replace('minutes: 10', 'minutes: ten') });
  expect(content).toBeNull();
  expect(messages).toContainEqual(expect.stringMatching(/^content\/lessons\/01-first-lesson\/index\.mdx › frontmatter\.minutes: .*number/i));
});

test('an unknown outcome code in frontmatter is rejected by name', async () => {
  const { messages } = await messagesFor({ [lessonFile]: lessonSource.replace('AC3.4]', 'AC3.4, AC2.7]') });
  expect(messages).toContain('content/lessons/01-first-lesson/index.mdx › frontmatter.outcomes: unknown outcome code "AC2.7" (not in outcomes.yml)');
});

test('a lesson folder missing from course.yml is rejected', async () => {
  const { messages } = await messagesFor({
    'lessons/02-stray-lesson/index.mdx': lessonSource.replace('order: 1', 'order: 2').replace('<Quiz id="first-check" />', ''),
  });
  expect(messages).toContain('content/lessons/02-stray-lesson/index.mdx › the lesson "02-stray-lesson" is missing from course.yml: add it to a module\'s lessons');
});

test('a lesson listed in course.yml without a folder is rejected', async () => {
  const { messages } = await messagesFor({ 'course.yml': (fixtureFiles['course.yml'] ?? '').replace('[01-first-lesson]', '[01-first-lesson, 02-missing]') });
  expect(messages).toContain('content/course.yml › modules.only-module: the lesson "02-missing" has no folder content/lessons/02-missing');
});

test('MDX that uses a component outside the map is rejected with its line', async () => {
  const { messages } = await messagesFor({ [lessonFile]: lessonSource.replace('Some text.', 'Some text.\n\n<Marquee>Hello</Marquee>') });
  expect(messages).toContainEqual(expect.stringMatching(/index\.mdx › line 15: the component <Marquee> is not allowed in a lesson; use markdown or one of: Callout, /));
});

test('raw HTML, imports and expressions in MDX are rejected', async () => {
  const source = lessonSource.replace('Some text.', 'import x from "y"\n\n<div>Hi</div>\n\nTotal {1 + 1}');
  const { messages } = await messagesFor({ [lessonFile]: source });
  expect(messages).toContainEqual(expect.stringMatching(/line 13: import and export are not allowed/));
  expect(messages).toContainEqual(expect.stringMatching(/raw HTML <div> is not allowed/));
  expect(messages).toContainEqual(expect.stringMatching(/JavaScript expressions in braces are not allowed/));
});

test('a Quiz or Term id that names nothing is rejected', async () => {
  const source = lessonSource.replace('<Quiz id="first-check" />', '<Quiz id="first-check" />\n\n<Quiz id="nope" />').replace('id="sla"', 'id="slaa"');
  const { messages } = await messagesFor({ [lessonFile]: source });
  expect(messages).toContainEqual(expect.stringMatching(/<Quiz id="nope"> names no quiz in content\/lessons\/01-first-lesson\/quiz\.yml/));
  expect(messages).toContainEqual(expect.stringMatching(/<Term id="slaa"> names no term in content\/glossary/));
});

test('a criterion with no lesson or no question fails the coverage rule', async () => {
  const quiz = (fixtureFiles['lessons/01-first-lesson/quiz.yml'] ?? '').replace(', AC3.4]', ']');
  const { messages } = await messagesFor({ 'lessons/01-first-lesson/quiz.yml': quiz });
  expect(messages).toContain('content/outcomes.yml › AC3.4: no knowledge-check question serves this criterion (add it to a question\'s acs)');
});

test('a malformed quiz names the file, the question and the field', async () => {
  const quiz = (fixtureFiles['lessons/01-first-lesson/quiz.yml'] ?? '').replace('answer: true', 'answer: maybe');
  const { messages } = await messagesFor({ 'lessons/01-first-lesson/quiz.yml': quiz });
  expect(messages.join('\n')).toMatch(/content\/lessons\/01-first-lesson\/quiz\.yml › .*first-question.*answer/);
});

test('YAML that does not parse is reported as such', async () => {
  const { messages } = await messagesFor({ 'outcomes.yml': 'outcomes: [unclosed' });
  expect(messages).toContainEqual(expect.stringMatching(/^content\/outcomes\.yml › not valid YAML/));
});

test('markdown tables in a lesson compile to real tables', async () => {
  const source = lessonSource.replace('Some text.', '| Priority | Response |\n|---|---|\n| P1 | 15 minutes |');
  const { content, messages } = await messagesFor({ [lessonFile]: source });
  expect(messages).toEqual([]);
  expect(content?.lessons[0]?.code).toContain('table');
  expect(content?.lessons[0]?.code).toContain('15 minutes');
});

test('a learning-time split that does not add up to the notional hours is rejected with the sum', async () => {
  const course = (fixtureFiles['course.yml'] ?? '').replace('hours: 60,', 'hours: 58,');
  const { content, messages } = await messagesFor({ 'course.yml': course });
  expect(content).toBeNull();
  expect(messages).toContain(
    'content/course.yml › learningTime: the parts add up to 78 hours (lessons 0.5 + practice 9.5 + summative 10 + workplace 58) but the unit standard has 80 notional hours',
  );
});

test('a learning-time split missing a part or naming one twice is rejected', async () => {
  const course = (fixtureFiles['course.yml'] ?? '').replace('part: workplace', 'part: practice');
  const { messages } = await messagesFor({ 'course.yml': course });
  expect(messages).toContain('content/course.yml › learningTime: the part "practice" must appear once (it appears 2 times)');
  expect(messages).toContain('content/course.yml › learningTime: the part "workplace" must appear once (it appears 0 times)');
});

test('the lessons part of the split must equal the lessons\' own minutes, rounded up to the half hour', async () => {
  // 10 minutes round up to 0.5 hours; 50 minutes to 1 hour.
  const { messages } = await messagesFor({ [lessonFile]: lessonSource.replace('minutes: 10', 'minutes: 50') });
  expect(messages).toContain(
    "content/course.yml › learningTime (lessons) › hours: is 0.5 but the lessons' minutes add up to 1 hour (rounded up to the half hour); move the difference to or from another part",
  );
});

const ORIENTATION = `orientation:
  code: ORIENT
  title: How the course works
  text: Questions about the course itself; never evidence for a criterion.
`;
const outcomesWithOrientation = (fixtureFiles['outcomes.yml'] ?? '').replace('status: Draft criteria for the test.\n', `status: Draft criteria for the test.\n${ORIENTATION}`);
const quizFile = 'lessons/01-first-lesson/quiz.yml';
const quizSource = fixtureFiles[quizFile] ?? '';
const orientationQuestion = `      - id: how-assessed
        type: truefalse
        acs: [ORIENT]
        prompt: A knowledge check decides your result.
        answer: false
        feedback: { true: "No, it is practice.", false: "Right, it is practice." }
`;

test('a question tagged only with the orientation code passes and serves no criterion', async () => {
  const { content, messages } = await messagesFor({ 'outcomes.yml': outcomesWithOrientation, [quizFile]: quizSource + orientationQuestion });
  expect(messages).toEqual([]);
  expect(content?.outcomes.orientation?.code).toBe('ORIENT');
});

test('an orientation question that also claims a criterion is refused, naming both', async () => {
  const quiz = quizSource + orientationQuestion.replace('acs: [ORIENT]', 'acs: [ORIENT, AC2.2]');
  const { messages } = await messagesFor({ 'outcomes.yml': outcomesWithOrientation, [quizFile]: quiz });
  expect(messages).toContain(
    'content/lessons/01-first-lesson/quiz.yml › quizzes (first-check) › questions (how-assessed) › acs: "ORIENT" marks a question about how the course works, which is never evidence for a criterion; tag it with ORIENT alone, or with the criteria it gives evidence for (AC2.2) alone',
  );
});

test('orientation questions never count towards a criterion\'s coverage', async () => {
  // The only question serving AC3.4 becomes an orientation question: AC3.4 is left uncovered.
  const quiz = quizSource.replace(', AC3.4]', ']') + orientationQuestion;
  const { messages } = await messagesFor({ 'outcomes.yml': outcomesWithOrientation, [quizFile]: quiz });
  expect(messages).toEqual(['content/outcomes.yml › AC3.4: no knowledge-check question serves this criterion (add it to a question\'s acs)']);
});

test('the orientation code is unknown to a course that does not define it', async () => {
  const { messages } = await messagesFor({ [quizFile]: quizSource + orientationQuestion });
  expect(messages).toContain('content/lessons/01-first-lesson/quiz.yml › quizzes (first-check) › questions (how-assessed) › acs: unknown outcome code "ORIENT"');
});

test('a summative item tagged with the orientation code is refused: banks hold evidence only', async () => {
  const assessment = `title: Summative
introduction: Do it.
parts:
  - { bank: quiz-bank, title: Knowledge, instructions: Answer., method: knowledge }
`;
  const item = (id: string, acs: string) => `  - id: ${id}
    type: truefalse
    acs: ${acs}
    prompt: Statement ${id}.
    answer: true
    feedback: { true: "Yes.", false: "No." }
`;
  const bank = `id: quiz-bank
title: Knowledge
draw: 1
items:
${item('k-1', '[AC1.1, AC1.2, AC1.3, AC1.4, AC2.1, AC2.2]')}${item('k-2', '[AC2.3, AC2.4, AC3.1, AC3.2, AC3.3, AC3.4]')}${item('k-3', '[ORIENT]')}`;
  const { messages } = await messagesFor({ 'outcomes.yml': outcomesWithOrientation, 'assessment/assessment.yml': assessment, 'assessment/quiz-bank.yml': bank });
  expect(messages).toEqual([
    'content/assessment/quiz-bank.yml › items (k-3) › acs: "ORIENT" marks a question about how the course works; such questions belong in knowledge checks, never in a summative bank',
  ]);
});

const CAST = `organisations: []
people:
  - name: Sipho Dlamini
    role: service desk agent
    appears: [lesson:01-first-lesson]
tickets: []
`;

test('the cast file is checked against lessons and questions, naming the file to fix', async () => {
  const lesson = lessonSource.replace('Some text.', 'Sipho Dlamini logs the ticket.');
  const quiz = quizSource.replace('prompt: An SLA is an agreement.', 'prompt: Sipho says an SLA is an agreement.');
  expect((await messagesFor({ 'cast.yml': CAST, [lessonFile]: lesson })).messages).toEqual([]);
  const { content, messages } = await messagesFor({ 'cast.yml': CAST, [lessonFile]: lesson, [quizFile]: quiz });
  expect(content).toBeNull();
  expect(messages).toEqual([
    'content/lessons/01-first-lesson/quiz.yml › question:first-question: "Sipho" is Sipho Dlamini (service desk agent), whom the cast places only in lesson:01-first-lesson. Give this character another name, or add question:first-question to Sipho Dlamini\'s entry if it really is the same person in the same role',
  ]);
});

test('a cast file that does not fit its shape is reported by field', async () => {
  const { messages } = await messagesFor({ 'cast.yml': CAST.replace('name: Sipho Dlamini', 'name: sipho') });
  expect(messages).toEqual(['content/cast.yml › people[0].name: must be a first name and a surname, such as Sipho Dlamini']);
});

test('questions asked beside a section must belong to the quiz and be asked once, and the quiz must still be placed whole for its score', async () => {
  const beside = (questions: string) => lessonSource.replace('<Quiz id="first-check" />', `<Quiz id="first-check" questions="${questions}" />\n\n<Quiz id="first-check" />`);
  expect((await messagesFor({ [lessonFile]: beside('first-question') })).messages).toEqual([]);
  const unknown = await messagesFor({ [lessonFile]: beside('first-question no-such-question') });
  expect(unknown.messages).toContainEqual(expect.stringMatching(/<Quiz id="first-check" questions> names "no-such-question", which is not a question of first-check/));
  const twice = await messagesFor({ [lessonFile]: beside('first-question').replace('<Quiz id="first-check" />', '<Quiz id="first-check" questions="first-question" />\n\n<Quiz id="first-check" />') });
  expect(twice.messages).toContainEqual(expect.stringMatching(/asks "first-question" again; it is already asked on line \d+/));
  const noWhole = await messagesFor({ [lessonFile]: lessonSource.replace('<Quiz id="first-check" />', '<Quiz id="first-check" questions="first-question" />') });
  expect(noWhole.messages).toContainEqual(expect.stringMatching(/<Quiz id="first-check" \/> must also be placed whole/));
  const empty = await messagesFor({ [lessonFile]: beside('') });
  expect(empty.messages).toContainEqual(expect.stringMatching(/questions=""> lists no question ids/));
});
