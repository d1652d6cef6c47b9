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
