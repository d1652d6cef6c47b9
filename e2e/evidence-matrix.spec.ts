import { expect, type Page, test } from '@playwright/test';
import { assignAssessor, createUser, signIn, uniqueAccount } from './support/accounts';
import { wcagViolations } from './support/axe';
import { readyLearner, submitAttempt } from './support/learner-flow';

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('the learner and the assessor see the evidence matrix, an unmet rule stops "met" before and at signing, and the pages pass axe', async ({ browser }) => {
  test.setTimeout(180_000);
  const assessor = await createUser(browser, uniqueAccount('assessor', 'Thandi Nkosi'), 'MICT/ASS/2024/0117');
  const learner = await readyLearner(browser, 'Lerato Mokoena');
  await assignAssessor(browser, learner.account, assessor);
  const submissionId = await submitAttempt(learner.page, learner.account);
  const violations: string[] = [];

  // The learner's portfolio, from the navigation: answers only, so every rule the simulated ticket cannot meet is unmet.
  const page = learner.page;
  await page.goto('/learn');
  await page.getByRole('link', { name: 'Portfolio', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My portfolio' })).toBeVisible();
  const matrix = page.getByRole('table', { name: 'Evidence of Lerato Mokoena, by criterion and method' });
  await expect(matrix).toBeVisible();
  await expect(matrix.getByRole('columnheader', { name: 'Knowledge test' })).toBeVisible();
  const ac13 = matrix.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^AC1\.3 / }) });
  await expect(ac13).toContainText('Rule not met');
  await expect(ac13).toContainText('Needs: 3 pieces of evidence, from 2 methods, 2 of them practical, practical evidence on 2 channels.');
  await expect(ac13).toContainText('Missing:');
  // The simulated ticket is practical evidence for AC2.1–AC2.4, so answers alone meet those four rules and no other.
  await expect(page.getByText(/8 of 12 criteria do not meet their sufficiency rule yet/)).toBeVisible();
  for (const [name, href] of [
    ['Role-plays', '/portfolio/role-plays'],
    ['Workplace witnesses', '/portfolio/witnesses'],
    ['Ticket logbook', '/portfolio/logbook'],
  ] as const) {
    await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
  }
  await expect(ac13.getByRole('link', { name: 'Knowledge test (attempt 1)' })).toHaveAttribute('href', `/assessment/${submissionId}`);
  violations.push(...(await wcagViolations(page)));

  // On paper (A4 is narrower than a desktop) the table prints; on a 360 px phone a list per criterion replaces it.
  await page.setViewportSize({ width: 700, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  await expect(matrix).toBeVisible();
  await expect(page.getByRole('list', { name: 'Evidence of Lerato Mokoena, by criterion and method' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 360, height: 740 });
  await expect(matrix).toBeHidden();
  const list = page.getByRole('list', { name: 'Evidence of Lerato Mokoena, by criterion and method' });
  await expect(list.getByRole('heading', { name: /^AC1\.3 / })).toBeVisible();
  await expect(list.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^AC1\.3 / }) })).toContainText('Rule not met');
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  violations.push(...(await wcagViolations(page)));
  await page.setViewportSize({ width: 1280, height: 720 });

  // The attempt page shows the rows this attempt serves.
  await page.goto(`/assessment/${submissionId}`);
  await expect(page.getByRole('table', { name: 'Evidence for the criteria attempt 1 serves' })).toContainText('Rule not met');

  // The assessor: the matrix near the judgement, each criterion's rule beside its choice, and the refusal at the criterion.
  const context = await browser.newContext();
  const assessorPage = await context.newPage();
  await signIn(assessorPage, assessor);
  await assessorPage.goto(`/assess/${submissionId}`);
  await expect(assessorPage.getByRole('heading', { name: 'Evidence matrix' })).toBeVisible();
  await expect(assessorPage.getByRole('table', { name: 'Evidence for Lerato Mokoena, attempt 1' })).toContainText('Rule not met');
  violations.push(...(await wcagViolations(assessorPage)));
  const group = assessorPage.getByRole('group', { name: /^AC1\.3 / });
  await expect(group).toContainText("The evidence does not meet this criterion's rule yet, so it cannot be signed as met");
  const groups = assessorPage.locator('fieldset').filter({ has: assessorPage.getByRole('radio', { name: 'Met', exact: true }) });
  for (let index = 0; index < (await groups.count()); index += 1) await groups.nth(index).getByRole('radio', { name: 'Met', exact: true }).check();
  await assessorPage.getByLabel('Your password, to confirm it is you').fill(assessor.password);
  await assessorPage.getByRole('button', { name: 'Sign: Competent' }).click();
  await expect(assessorPage.getByText(/The evidence is not yet sufficient to judge AC1\.1, .*AC1\.3/)).toBeVisible();
  await expect(group.locator('#met-error-AC1\\.3')).toContainText('AC1.3 (Conduct is professional by phone, e-mail and in person.) needs 3 pieces of evidence');
  await expect(group).toHaveAttribute('aria-describedby', 'rule-AC1.3 met-error-AC1.3');
  await expect(group.getByRole('radio', { name: 'Met', exact: true })).toBeChecked();
  violations.push(...(await wcagViolations(assessorPage)));

  // The learner's portfolio for the assessor, from the review page.
  await assessorPage.getByRole('link', { name: 'Learner\u2019s portfolio' }).click();
  await expect(assessorPage.getByRole('heading', { level: 1, name: 'Lerato Mokoena: portfolio' })).toBeVisible();
  await expect(assessorPage.getByRole('table', { name: 'Evidence of Lerato Mokoena, by criterion and method' })).toContainText('Rule not met');
  await expect(assessorPage.getByRole('link', { name: 'Record an observation' })).toHaveAttribute('href', /\/assess\/learners\/[^/]+\/observations\/new$/);
  violations.push(...(await wcagViolations(assessorPage)));
  const learnerPortfolio = assessorPage.url();

  // Another assessor finds no such learner.
  const stranger = await createUser(browser, uniqueAccount('assessor', 'Unassigned Assessor'), 'REG-9');
  const strangerContext = await browser.newContext();
  const strangerPage = await strangerContext.newPage();
  await signIn(strangerPage, stranger);
  expect((await strangerPage.goto(learnerPortfolio))?.status()).toBe(404);
  expect((await page.goto(learnerPortfolio))?.status()).toBe(404);

  expect(violations).toEqual([]);
  await strangerContext.close();
  await context.close();
  await learner.close();
});
