import { type Browser, expect, type Page } from '@playwright/test';
import { type Account, createUser, signIn, uniqueAccount } from './accounts';
import { completedLessons, modelAnswerFor } from './assessment-data';

/** A learner with an ID on file and every lesson complete, signed in on their own page. */
export async function readyLearner(browser: Browser, name: string): Promise<{ account: Account; page: Page; close: () => Promise<void> }> {
  const account = await createUser(browser, uniqueAccount('learner', name));
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account);
  await page.goto('/account');
  await page.getByLabel('South African ID number', { exact: true }).fill('8001015009087');
  await page.getByRole('button', { name: 'Save identity document' }).click();
  await expect(page.getByText('Your identity document is saved.')).toBeVisible();
  expect((await page.request.put('/api/progress', { data: completedLessons() })).ok()).toBe(true);
  return { account, page, close: () => context.close() };
}

/** Starts the next attempt in the browser, answers every item with the model answer and submits. */
export async function submitAttempt(page: Page, account: Account): Promise<string> {
  await page.goto('/assessment');
  await page.getByRole('button', { name: /Start the assessment|Start attempt \d/ }).click();
  await page.waitForURL(/\/assessment\/[0-9a-f-]{36}$/);
  const submissionId = page.url().split('/').pop() ?? '';
  const keys = await page.locator('fieldset[data-item-key]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-item-key') ?? ''));
  for (const itemKey of keys) {
    expect((await page.request.put(`/api/submissions/${submissionId}/answers`, { data: { itemKey, response: modelAnswerFor(itemKey) } })).ok(), itemKey).toBe(true);
  }
  expect((await page.request.post(`/api/submissions/${submissionId}/submit`, { data: { declarationName: account.fullName } })).ok()).toBe(true);
  return submissionId;
}

export type CriterionChoice = { code: string; choice: 'Met' | 'Not yet met'; comment: string };

/** As the assessor on a submission's page: chooses for every criterion (met, or not yet for the given codes) with a comment. */
export async function judgeEveryCriterion(page: Page, notYet: string[] = []): Promise<CriterionChoice[]> {
  const groups = page.locator('fieldset').filter({ has: page.getByRole('radio', { name: 'Met', exact: true }) });
  const count = await groups.count();
  const chosen: CriterionChoice[] = [];
  for (let index = 0; index < count; index += 1) {
    const group = groups.nth(index);
    const legend = (await group.locator('legend').textContent()) ?? '';
    const code = legend.split(' ')[0] ?? '';
    const choice = notYet.includes(code) ? 'Not yet met' : 'Met';
    const comment = notYet.includes(code) ? `The evidence for ${code} is not there yet.` : `Shown clearly for ${code}.`;
    await group.getByRole('radio', { name: choice, exact: true }).check();
    await group.getByLabel(`Comment on ${code}`).fill(comment);
    chosen.push({ code, choice, comment });
  }
  return chosen;
}

/** Like `judgeAndSign`, but stays on the page: for a signature the server may refuse. */
export async function tryToSign(page: Page, submissionId: string, password: string, notYet: string[] = [], feedback = ''): Promise<void> {
  await page.goto(`/assess/${submissionId}`);
  await judgeEveryCriterion(page, notYet);
  if (feedback) await page.getByLabel('Feedback to the learner').fill(feedback);
  await page.getByLabel('Your password, to confirm it is you').fill(password);
  await page.getByRole('button', { name: /^Sign: / }).click();
}

/** As the assessor: judges every criterion on the page (all met, or the given ones not yet met) and signs. */
export async function judgeAndSign(page: Page, submissionId: string, password: string, notYet: string[] = [], feedback = ''): Promise<void> {
  await tryToSign(page, submissionId, password, notYet, feedback);
  await page.waitForURL(/\/assess\?signed=/);
}
