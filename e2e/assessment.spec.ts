import { expect, test } from '@playwright/test';
import { answerThroughUi } from './support/answer-ui';
import { showEveryPart } from './support/attempt-parts';
import { bankItem, modelAnswerFor, tinyPdf } from './support/assessment-data';
import { readyLearner } from './support/learner-flow';

async function learnerReadyForAssessment(browser: import('@playwright/test').Browser, name: string) {
  const { account, page } = await readyLearner(browser, name);
  return { account, page, context: page.context() };
}

async function startAttempt(page: import('@playwright/test').Page) {
  await page.goto('/assessment');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.waitForURL(/\/assessment\/[0-9a-f-]{36}$/);
  return page.url().split('/').pop() ?? '';
}

test('a learner answers everything, uploads a PDF, declares and submits; the attempt is read-only afterwards and a reload loses nothing', async ({ browser }) => {
  test.setTimeout(120_000);
  const { account, context, page } = await learnerReadyForAssessment(browser, 'Lerato Mokoena');
  await page.goto('/assessment');
  await expect(page.getByText('Complete every lesson first')).toHaveCount(0);
  await startAttempt(page);
  await showEveryPart(page);

  const items = page.locator('fieldset[data-item-key]');
  const count = await items.count();
  expect(count).toBeGreaterThan(15);
  // The SLA report part shows the month's figures as real tables, one row per priority.
  const report = page.locator('fieldset[data-item-key^="sla-report/"]');
  await expect(report).toHaveCount(1);
  const byPriority = report.getByRole('table', { name: /^Tickets by priority, / });
  await expect(byPriority.getByRole('rowheader', { name: 'P1', exact: true })).toBeVisible();
  await expect(byPriority.getByRole('columnheader', { name: 'Resolution met' })).toBeVisible();
  for (let index = 0; index < count; index += 1) {
    const item = items.nth(index);
    const itemKey = (await item.getAttribute('data-item-key')) ?? '';
    await answerThroughUi(item, bankItem(itemKey), modelAnswerFor(itemKey));
    await expect(item.getByText(/Saved at/)).toBeVisible();
    if (index === Math.floor(count / 2)) {
      // Half-way: a reload brings back every answer given so far.
      await page.reload();
      await showEveryPart(page);
      const left = count - index - 1;
      await expect(page.getByRole('heading', { name: `${left} question${left === 1 ? ' is' : 's are'} not finished yet` })).toBeVisible();
    }
  }

  await page.getByLabel('Add a file').setInputFiles({ name: 'ticket-printout.pdf', mimeType: 'application/pdf', buffer: tinyPdf() });
  await expect(page.getByText('Uploaded "ticket-printout.pdf".')).toBeVisible();
  await page.getByLabel('Add a file').setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('PK\u0003\u0004 this is really a zip file') });
  await expect(page.getByText(/"notes\.pdf" is not a PDF, PNG or JPEG file/)).toBeVisible();
  await expect(page.getByText('Every question is answered.')).toBeVisible();
  await expect(page.getByText(/Your answers so far give evidence for 12 of 12/)).toBeVisible();

  await page.getByLabel('Type your full name to sign the declaration').fill('Someone Else');
  await page.getByRole('button', { name: 'Submit my assessment' }).click();
  await expect(page.getByText(/Type your full name exactly as it is on your profile \(Lerato Mokoena\)/)).toBeVisible();
  await page.getByLabel('Type your full name to sign the declaration').fill(account.fullName);
  await page.getByRole('button', { name: 'Submit my assessment' }).click();
  await expect(page.getByText('Status: Submitted, waiting for the assessor')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Submit my assessment' })).toHaveCount(0);
  await expect(items.first().locator('input, textarea, select, button').first()).toBeDisabled();
  await page.goto('/assessment');
  await expect(page.getByText(/Attempt 1/)).toBeVisible();
  await expect(page.getByRole('button', { name: /Start/ })).toHaveCount(0);
  await context.close();
});

test('bad requests are refused with clear messages and change nothing', async ({ browser }) => {
  const first = await learnerReadyForAssessment(browser, 'Sipho Dlamini');
  const second = await learnerReadyForAssessment(browser, 'Ayesha Patel');
  const submissionId = await startAttempt(first.page);
  const itemKey = (await first.page.locator('fieldset[data-item-key]').first().getAttribute('data-item-key')) ?? '';

  const stolen = await second.page.request.put(`/api/submissions/${submissionId}/answers`, { data: { itemKey, response: modelAnswerFor(itemKey) } });
  expect(stolen.status()).toBe(404);
  expect((await stolen.json()).error).toBe('There is no such attempt.');
  const malformed = await first.page.request.put('/api/submissions/not-an-attempt/answers', { data: { itemKey, response: modelAnswerFor(itemKey) } });
  expect(malformed.status()).toBe(404);
  expect((await malformed.json()).error).toBe('There is no such attempt.');
  expect((await second.page.goto(`/assessment/${submissionId}`))?.status()).toBe(404);

  const outside = await first.page.request.put(`/api/submissions/${submissionId}/answers`, { data: { itemKey: 'knowledge/not-in-this-attempt', response: { type: 'truefalse', value: true } } });
  expect(outside.status()).toBe(400);
  expect((await outside.json()).error).toBe('That question is not part of this attempt.');

  const wrongShape = await first.page.request.put(`/api/submissions/${submissionId}/answers`, { data: { itemKey, response: { type: 'numeric', value: 'many' } } });
  expect(wrongShape.status()).toBe(400);
  expect((await wrongShape.json()).error).toMatch(/not in a form this question accepts/);

  const oversized = await first.page.request.post(`/api/submissions/${submissionId}/evidence`, {
    multipart: { file: { name: 'huge.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([tinyPdf(), Buffer.alloc(10 * 1024 * 1024)]) } },
  });
  expect(oversized.status()).toBe(413);

  const disguised = await first.page.request.post(`/api/submissions/${submissionId}/evidence`, {
    multipart: { file: { name: 'cv.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\u0090\u0000 an executable') } },
  });
  expect(disguised.status()).toBe(400);
  expect((await disguised.json()).error).toMatch(/"cv\.pdf" is not a PDF, PNG or JPEG file/);

  await first.page.reload();
  await expect(first.page.getByText('No evidence files yet.')).toBeVisible();
  await first.context.close();
  await second.context.close();
});

test('once submitted in one tab, a second tab sees the attempt locked', async ({ browser }) => {
  test.setTimeout(90_000);
  const { account, context, page } = await learnerReadyForAssessment(browser, 'Zanele Booysen');
  const submissionId = await startAttempt(page);
  const other = await context.newPage();
  await other.goto(`/assessment/${submissionId}`);
  // Answer everything through the API in the first tab's session, then submit there.
  const keys = await page.locator('fieldset[data-item-key]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-item-key') ?? ''));
  for (const itemKey of keys) {
    const saved = await page.request.put(`/api/submissions/${submissionId}/answers`, { data: { itemKey, response: modelAnswerFor(itemKey) } });
    expect(saved.ok(), itemKey).toBe(true);
  }
  const submitted = await page.request.post(`/api/submissions/${submissionId}/submit`, { data: { declarationName: account.fullName } });
  expect(submitted.ok()).toBe(true);
  const firstItem = other.locator('fieldset[data-item-key]').first();
  const key = (await firstItem.getAttribute('data-item-key')) ?? '';
  await answerThroughUi(firstItem, bankItem(key), modelAnswerFor(key));
  await expect(other.getByRole('alert').filter({ hasText: 'submitted' })).toContainText('This attempt has been submitted and can no longer be changed.');
  await context.close();
});
