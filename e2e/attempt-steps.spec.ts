import { expect, test } from '@playwright/test';
import { answerThroughUi } from './support/answer-ui';
import { openPart } from './support/attempt-parts';
import { bankItem, modelAnswerFor } from './support/assessment-data';
import { readyLearner } from './support/learner-flow';

test('an attempt in progress shows one part at a time, each step saying what is saved and what is missing; a link to an unfinished question opens its part', async ({ browser }) => {
  test.setTimeout(120_000);
  const { page } = await readyLearner(browser, 'Nokuthula Sithole');
  await page.goto('/assessment');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.waitForURL(/\/assessment\/[0-9a-f-]{36}$/);

  const steps = page.getByRole('navigation', { name: 'Parts of the assessment' }).getByRole('listitem');
  const partCount = await steps.count();
  expect(partCount).toBeGreaterThan(3);
  const first = steps.first().getByRole('button');
  await expect(first).toHaveAttribute('aria-current', 'step');
  const partHeadings = page.locator('section[aria-labelledby^="part-"] > h2');
  await expect(partHeadings.filter({ visible: true })).toHaveCount(1);
  const firstTitle = (await partHeadings.first().textContent())?.trim() ?? '';

  // One answer in the first part: its step counts it saved and says how many are left.
  const items = page.locator('section[aria-labelledby^="part-"]').first().locator('fieldset[data-item-key]');
  const inFirst = await items.count();
  const item = items.first();
  const itemKey = (await item.getAttribute('data-item-key')) ?? '';
  await answerThroughUi(item, bankItem(itemKey), modelAnswerFor(itemKey));
  await expect(item.getByText(/Saved at/)).toBeVisible();
  await expect(first).toContainText(`1 of ${inFirst} saved, ${inFirst - 1} not finished`);

  // The next part by its button: the first part gives way and the new part's heading takes focus.
  const secondTitle = (await partHeadings.nth(1).textContent())?.trim() ?? '';
  await page.getByRole('button', { name: `Next part: ${secondTitle}` }).click();
  await expect(page.getByRole('heading', { level: 2, name: secondTitle })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: firstTitle })).toBeHidden();
  await expect(steps.nth(1).getByRole('button')).toHaveAttribute('aria-current', 'step');

  // The submission panel's list of unfinished questions opens the part a question is in.
  const secondNumber = Number((await items.nth(1).getAttribute('id'))?.replace('item-', ''));
  await page.getByRole('region', { name: 'Declaration and submission' }).getByRole('link', { name: `Question ${secondNumber}`, exact: true }).click();
  await expect(items.nth(1)).toBeInViewport();
  await expect(steps.first().getByRole('button')).toHaveAttribute('aria-current', 'step');

  // Any part by its step, and every part on one page on request.
  const lastTitle = (await partHeadings.last().textContent())?.trim() ?? '';
  await openPart(page, lastTitle);
  await page.getByRole('button', { name: 'Show every part on one page' }).click();
  await expect(partHeadings.filter({ visible: true })).toHaveCount(partCount);
  await page.context().close();
});
