import { expect, type Page, test } from '@playwright/test';
import { assignAssessor, createUser, ensureAdmin, signIn, uniqueAccount } from './support/accounts';
import { judgeAndSign, readyLearner, submitAttempt } from './support/learner-flow';
import { givePortfolio } from './support/witness';

// Set up at desktop size (the journeys' helpers), measured at phone widths: the pages where work
// is done, not only the lessons (responsive.spec.ts), must not scroll sideways on a cheap phone.
const culprits: string[] = [];

/** How far a page is wider than the screen, at each width a cheap phone has; what sticks out is kept for the failure message. */
async function overflowAt(page: Page, path: string): Promise<Record<number, number>> {
  const found: Record<number, number> = {};
  for (const width of [360, 320]) {
    await page.setViewportSize({ width, height: 740 });
    await page.goto(path);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    found[width] = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (found[width] > 0) {
      const outermost = await page.evaluate((limit) => {
        const wide = (element: Element | null) => element !== null && element.getBoundingClientRect().right > limit + 1;
        return Array.from(document.querySelectorAll('body *'))
          .filter((element) => wide(element) && !wide(element.parentElement))
          .slice(0, 5)
          .map((element) => `${element.tagName.toLowerCase()}.${String(element.className).slice(0, 60)} (${(element.textContent ?? '').trim().slice(0, 40)})`);
      }, width);
      culprits.push(`${path} at ${width}px: ${outermost.join('; ')}`);
    }
  }
  return found;
}

test('the attempt, the assessor queue and a submission to assess, a moderation batch and the admin tables fit 360 and 320 px phones without sideways scrolling', async ({ browser }) => {
  test.setTimeout(240_000);
  const assessor = await createUser(browser, uniqueAccount('assessor', 'Narrow Screen Assessor'), 'MICT/ASS/360');
  const moderator = await createUser(browser, uniqueAccount('moderator', 'Narrow Screen Moderator'), 'MICT/MOD/360');
  const learner = await readyLearner(browser, 'Narrow Screen Learner');
  await givePortfolio(browser, learner.page);
  await assignAssessor(browser, learner.account, assessor);
  const submissionId = await submitAttempt(learner.page, learner.account);
  const overflows: Record<string, Record<number, number>> = {};
  // A second learner's attempt in progress: the page with the evidence picker.
  const drafting = await readyLearner(browser, 'Narrow Screen Drafter');
  await drafting.page.goto('/assessment');
  await drafting.page.getByRole('button', { name: /Start the assessment|Start attempt \d/ }).click();
  await drafting.page.waitForURL(/\/assessment\/[0-9a-f-]{36}$/);
  overflows.attempt = await overflowAt(drafting.page, new URL(drafting.page.url()).pathname);
  await drafting.close();

  const staff = await browser.newContext();
  const page = await staff.newPage();
  await signIn(page, assessor);
  overflows.queue = await overflowAt(page, '/assess');
  overflows.submission = await overflowAt(page, `/assess/${submissionId}`);
  await judgeAndSign(page, submissionId, assessor.password);
  await page.context().clearCookies();
  await signIn(page, moderator);
  await page.getByLabel('Batch name').fill('Narrow screens');
  await page.getByLabel('Assessor', { exact: true }).selectOption({ label: assessor.fullName });
  await page.getByRole('button', { name: 'Gather the batch and propose a sample' }).click();
  await page.waitForURL(/\/moderate\/[0-9a-f-]{36}$/);
  overflows.batch = await overflowAt(page, new URL(page.url()).pathname);
  await page.context().clearCookies();
  await ensureAdmin(page);
  for (const path of ['/admin/users', '/admin/learners', '/admin/cohorts']) overflows[path] = await overflowAt(page, path);
  expect(overflows, culprits.join('\n')).toEqual(Object.fromEntries(Object.keys(overflows).map((name) => [name, { 360: 0, 320: 0 }])));
  await staff.close();
  await learner.close();
});
