import { expect, test } from '@playwright/test';
import { ADMIN, assignAssessor, createUser, ensureAdmin, signIn, uniqueAccount } from './support/accounts';
import { wcagViolationsInBothThemes } from './support/axe';
import { judgeAndSign, readyLearner, submitAttempt } from './support/learner-flow';
import { givePortfolio } from './support/witness';

const publicPages = [
  ['home', '/'],
  ['module', '/modules/relationships-and-the-sla'],
  ['lesson with SLA tools', '/lessons/03-priorities-and-the-sla-clock'],
  ['lesson with conflict diagram', '/lessons/07-handling-conflict'],
  ['lesson with complaint scenario', '/lessons/08-handling-complaints'],
  ['lesson with a table of figures in its quiz', '/lessons/15-measuring-service'],
  ['glossary', '/glossary'],
  ['course outline', '/outline'],
  ['offline', '/offline'],
  ['not found', '/lessons/99-missing'],
  ['practice record', '/practice-record'],
  ['verify lookup', '/verify'],
  ['sign in', '/sign-in'],
  ['sign up', '/sign-up'],
] as const;

for (const [name, url] of publicPages) {
  test(`the ${name} page has no WCAG 2.2 AA violations, in the light or the dark theme`, async ({ page }) => {
    if (url === '/sign-in' || url === '/sign-up') await ensureAdmin(page).then(() => page.context().clearCookies());
    await page.goto(url);
    expect(await wcagViolationsInBothThemes(page)).toEqual([]);
  });
}

test('every signed-in page type, for each role, has no WCAG 2.2 AA violations, in the light or the dark theme', async ({ browser }) => {
  // Each page is checked twice, once per theme.
  test.setTimeout(300_000);
  const assessor = await createUser(browser, uniqueAccount('assessor', 'Nandi Khoza'), 'MICT/ASS/0117');
  const moderator = await createUser(browser, uniqueAccount('moderator', 'Pieter van der Merwe'), 'MICT/MOD/0042');
  const learner = await readyLearner(browser, 'Lerato Mokoena');
  await givePortfolio(browser, learner.page);
  await assignAssessor(browser, learner.account, assessor);
  const violations: string[] = [];

  await learner.page.goto('/assessment');
  violations.push(...(await wcagViolationsInBothThemes(learner.page)));
  const submissionId = await submitAttempt(learner.page, learner.account);
  for (const path of ['/learn', '/account', `/assessment/${submissionId}`, '/portfolio', '/record']) {
    await learner.page.goto(path);
    violations.push(...(await wcagViolationsInBothThemes(learner.page)));
  }

  const assessorContext = await browser.newContext();
  const assessorPage = await assessorContext.newPage();
  await signIn(assessorPage, assessor);
  for (const path of ['/assess', `/assess/${submissionId}`]) {
    await assessorPage.goto(path);
    violations.push(...(await wcagViolationsInBothThemes(assessorPage)));
  }
  await judgeAndSign(assessorPage, submissionId, assessor.password);

  const moderatorContext = await browser.newContext();
  const moderatorPage = await moderatorContext.newPage();
  await signIn(moderatorPage, moderator);
  violations.push(...(await wcagViolationsInBothThemes(moderatorPage)));
  await moderatorPage.getByLabel('Batch name').fill('Accessibility batch');
  await moderatorPage.getByLabel('Assessor', { exact: true }).selectOption({ label: assessor.fullName });
  await moderatorPage.getByRole('button', { name: 'Gather the batch and propose a sample' }).click();
  await moderatorPage.waitForURL(/\/moderate\/[0-9a-f-]{36}$/);
  const batchUrl = moderatorPage.url();
  violations.push(...(await wcagViolationsInBothThemes(moderatorPage)));
  await moderatorPage.goto(`${batchUrl}/${submissionId}`);
  violations.push(...(await wcagViolationsInBothThemes(moderatorPage)));
  await moderatorPage.goto(`${batchUrl}/report`);
  violations.push(...(await wcagViolationsInBothThemes(moderatorPage)));

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, ADMIN);
  for (const path of ['/admin/users', '/admin/settings', '/admin/audit', '/admin/learners', '/admin/cohorts', '/admin/import', '/admin/exports', '/admin/jobs']) {
    await adminPage.goto(path);
    violations.push(...(await wcagViolationsInBothThemes(adminPage)));
  }
  // A learner's data rights page, with its download and erase form.
  await adminPage.goto(`/admin/learners?q=${encodeURIComponent(learner.account.fullName)}`);
  await adminPage.getByRole('link', { name: learner.account.fullName }).first().click();
  await adminPage.waitForURL(/\/admin\/learners\/[0-9a-f-]{36}$/);
  violations.push(...(await wcagViolationsInBothThemes(adminPage)));
  expect(violations).toEqual([]);
  await adminContext.close();
  await moderatorContext.close();
  await assessorContext.close();
  await learner.close();
});
