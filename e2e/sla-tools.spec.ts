import { expect, test } from '@playwright/test';
import { islandsReady } from './support/islands';

const LESSON = '/lessons/03-priorities-and-the-sla-clock';

test('the SLA clock explorer works by keyboard: a P2 logged before the Easter weekend is due on the Tuesday', async ({ page }) => {
  await page.goto(LESSON);
  await islandsReady(page);
  const explorer = page.locator('section').filter({ has: page.getByText('Ticket logged at') }).first();
  const logged = explorer.getByLabel('Ticket logged at');
  await logged.focus();
  await logged.fill('2026-04-02T16:30');
  // Choose P1 and then P2 from the list with the arrow keys.
  const priority = explorer.getByLabel('Priority');
  await priority.selectOption({ index: 0 });
  await priority.focus();
  await page.keyboard.press('ArrowDown');
  await expect(priority).toHaveValue(/P2/);
  await expect(explorer.locator('dd').first()).toContainText('Tue 7 Apr 2026, 09:30');
  await expect(explorer.locator('dd').nth(1)).toContainText('Tue 7 Apr 2026, 16:30');

  // A pause added and filled by keyboard moves the resolution due time on.
  await explorer.getByRole('button', { name: 'Add a pause' }).focus();
  await page.keyboard.press('Enter');
  await explorer.getByLabel('From (SAST)').fill('2026-04-07T09:00');
  await explorer.getByLabel('To (SAST)').fill('2026-04-07T11:00');
  await expect(explorer.getByText('Clock paused for')).toBeVisible();
  await expect(explorer.locator('dd').nth(1)).toContainText('Wed 8 Apr 2026, 10:30');

  // A pause that ends before it starts is explained, not a crash.
  await explorer.getByLabel('To (SAST)').fill('2026-04-07T08:00');
  await expect(explorer.getByText(/before|after/i).first()).toBeVisible();
});

test('the priority explorer answers impact and urgency chosen with the arrow keys', async ({ page }) => {
  await page.goto(LESSON);
  await islandsReady(page);
  const explorer = page.getByRole('region', { name: 'Priority explorer' });
  const impact = explorer.getByRole('group', { name: /Impact/ });
  await impact.getByRole('radio').first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const urgency = explorer.getByRole('group', { name: /Urgency/ });
  await urgency.getByRole('radio').first().focus();
  await page.keyboard.press('Space');
  await expect(explorer.getByText(/^Low impact .* with high urgency .* gives P3/)).toBeVisible();
});
