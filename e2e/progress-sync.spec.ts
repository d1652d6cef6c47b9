import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { parse } from 'yaml';
import { QuizFileSchema, type SingleChoiceQuestion, type TrueFalseQuestion } from '@/lib/quiz/schema';
import { readingOrder } from '../scripts/lib/reading-order.mjs';
import { createUser, signIn, uniqueAccount } from './support/accounts';
import { islandsReady } from './support/islands';
import { questionForm } from './support/quiz-data';

// In reading order: "Next lesson" follows course.yml, not folder numbers.
const LESSONS: string[] = readingOrder();
// Sync responses arrive this long after the server answered, so the learner keeps working meanwhile.
const SYNC_DELAY_MS = 1_200;

type QuickQuestion = { key: string; question: SingleChoiceQuestion | TrueFalseQuestion };

/** The questions answered by one click in a lesson, with the key the progress store gives them. */
function quickQuestions(slug: string): QuickQuestion[] {
  const file = QuizFileSchema.parse(parse(readFileSync(path.resolve('content/lessons', slug, 'quiz.yml'), 'utf8')));
  return file.quizzes.flatMap((quiz) =>
    quiz.questions.flatMap((question) => (question.type === 'single' || question.type === 'truefalse' ? [{ key: `${quiz.id}/${question.id}`, question }] : [])),
  );
}

async function answerCorrectly(page: Page, { question }: QuickQuestion): Promise<void> {
  const form = questionForm(page, question);
  if (question.type === 'single') {
    await form.getByLabel(question.options.find((option) => option.id === question.answer)?.text ?? '', { exact: true }).check();
  } else {
    await form.getByRole('radio', { name: question.answer ? 'True' : 'False' }).check();
  }
  await form.getByRole('button', { name: 'Check answer' }).click();
}

async function slowSyncs(context: BrowserContext): Promise<void> {
  await context.route('**/api/progress', async (route) => {
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, SYNC_DELAY_MS));
    await route.fulfill({ response }).catch(() => {
      // The page went away before the late answer arrived; nothing to deliver it to.
    });
  });
}

async function serverProgress(page: Page): Promise<{ completed: string[]; answered: string[] }> {
  const body: { lessons: Record<string, { completedAt: string | null }>; answers: Record<string, unknown> } = await (await page.request.get('/api/progress')).json();
  return {
    completed: Object.entries(body.lessons)
      .filter(([, lesson]) => lesson.completedAt !== null)
      .map(([slug]) => slug)
      .sort(),
    answered: Object.keys(body.answers).sort(),
  };
}

test('progress made while slow syncs are in flight survives a reload and reaches a second browser', async ({ browser }) => {
  test.setTimeout(180_000);
  const account = await createUser(browser, uniqueAccount('learner', 'Thandiwe Ngcobo'));
  const first = await browser.newContext();
  await slowSyncs(first);
  const page = await first.newPage();
  await signIn(page, account);

  // Every lesson in a row: answer the quick questions, mark it complete at once and move on by the
  // lesson's own link, so each change lands while an earlier sync is still on its way back.
  const answered: string[] = [];
  await page.goto(`/lessons/${LESSONS[0]}`);
  for (const [index, slug] of LESSONS.entries()) {
    await expect(page).toHaveURL(new RegExp(`/lessons/${slug}$`));
    for (const quick of quickQuestions(slug)) {
      await answerCorrectly(page, quick);
      answered.push(quick.key);
    }
    await page.getByRole('button', { name: 'Mark this lesson complete' }).click();
    if (index < LESSONS.length - 1) await page.getByRole('link', { name: /Next lesson/ }).click();
  }
  answered.sort();

  // The syncs still on their way finish, and the changes made during them are sent after them.
  await expect.poll(() => serverProgress(page), { timeout: 30_000, intervals: [500] }).toEqual({ completed: [...LESSONS].sort(), answered });
  const local = await page.evaluate(() => JSON.parse(localStorage.getItem('us114052-progress') ?? '{}'));
  expect(Object.keys(local.state.answers).sort()).toEqual(answered);
  expect(Object.values(local.state.lessons).filter((lesson) => (lesson as { completedAt: string | null }).completedAt !== null)).toHaveLength(LESSONS.length);

  await page.reload();
  await islandsReady(page);
  const lastLesson = LESSONS[LESSONS.length - 1] ?? '';
  const lastQuestions = quickQuestions(lastLesson);
  for (const { question } of lastQuestions) await expect(questionForm(page, question).getByRole('heading', { name: 'Correct' })).toBeVisible();
  await expect(page.getByText('You completed this lesson.')).toBeVisible();
  await page.goto('/learn');
  await expect(page.getByText(`${LESSONS.length} of ${LESSONS.length} lessons complete.`)).toBeVisible();

  const second = await browser.newContext();
  const other = await second.newPage();
  await signIn(other, account);
  await expect(other.getByText(`${LESSONS.length} of ${LESSONS.length} lessons complete.`)).toBeVisible();
  await other.goto(`/lessons/${lastLesson}`);
  await islandsReady(other);
  for (const { question } of lastQuestions) await expect(questionForm(other, question).getByRole('heading', { name: 'Correct' })).toBeVisible();
  await expect(other.getByText('You completed this lesson.')).toBeVisible();
  await first.close();
  await second.close();
});

test('a question cleared for another try stays cleared after the next sync, and the new try is what a reload shows', async ({ browser }) => {
  const account = await createUser(browser, uniqueAccount('learner', 'Karabo Molefe'));
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account);
  const slug = LESSONS[2] ?? '';
  const { key, question } = quickQuestions(slug).find((quick) => quick.question.type === 'truefalse') ?? { key: '', question: null };
  if (question?.type !== 'truefalse') throw new Error(`lesson ${slug} has no true/false question`);
  await page.goto(`/lessons/${slug}`);
  const form = questionForm(page, question);
  await form.getByRole('radio', { name: question.answer ? 'False' : 'True' }).check();
  await form.getByRole('button', { name: 'Check answer' }).click();
  await expect(form.getByRole('heading', { name: 'Not quite' })).toBeVisible();
  await expect.poll(async () => (await serverProgress(page)).answered).toContain(key);

  // Another change starts a sync whose reply still carries the wrong answer the server holds.
  await form.getByRole('button', { name: 'Try again' }).click();
  const synced = page.waitForResponse((response) => response.url().endsWith('/api/progress') && response.request().method() === 'PUT');
  await page.getByRole('button', { name: 'Mark this lesson complete' }).click();
  await (await synced).finished();
  // One task later in the page, the reply has been read and merged.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  await expect(form.getByRole('button', { name: 'Check answer' })).toBeVisible();
  await expect(form.getByRole('heading', { name: 'Not quite' })).toHaveCount(0);

  await form.getByRole('radio', { name: question.answer ? 'True' : 'False' }).check();
  await form.getByRole('button', { name: 'Check answer' }).click();
  await expect.poll(async () => (await (await page.request.get('/api/progress')).json()).answers[key]?.attempts).toBe(2);
  await page.reload();
  await islandsReady(page);
  await expect(form.getByRole('heading', { name: 'Correct' })).toBeVisible();
  await context.close();
});

