import { expect, test } from '@playwright/test';
import { dateTimeGroup, fillDateTime } from './support/date-time';
import { islandsReady } from './support/islands';

const LESSON = '/lessons/03-priorities-and-the-sla-clock';

test('the SLA clock explorer works by keyboard: a P2 logged before the Easter weekend is due on the Tuesday', async ({ page }) => {
  await page.goto(LESSON);
  await islandsReady(page);
  const explorer = page.locator('section').filter({ has: page.getByText('Ticket logged at') }).first();
  // Date, hour and minute typed in turn, Tab moving between them.
  const logged = dateTimeGroup(explorer, 'Ticket logged at');
  await logged.getByLabel('Date', { exact: true }).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('2026-04-02');
  await page.keyboard.press('Tab');
  await expect(logged.getByLabel('Hour', { exact: true })).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('16');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('30');
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
  await expect(dateTimeGroup(explorer, 'From').getByLabel('Date', { exact: true })).toBeFocused();
  await fillDateTime(dateTimeGroup(explorer, 'From'), '2026-04-07T09:00');
  await fillDateTime(dateTimeGroup(explorer, 'To'), '2026-04-07T11:00');
  await expect(explorer.getByText('Clock paused for')).toBeVisible();
  await expect(explorer.locator('dd').nth(1)).toContainText('Wed 8 Apr 2026, 10:30');

  // A pause that ends before it starts is explained, not a crash.
  await fillDateTime(dateTimeGroup(explorer, 'To'), '2026-04-07T08:00');
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

test.describe('with the browser set to US English', () => {
  test.use({ locale: 'en-US' });

  test('the clock explorer takes and shows a 24-hour SAST time, never AM or PM', async ({ page }) => {
    await page.goto(LESSON);
    await islandsReady(page);
    const explorer = page.locator('section').filter({ has: page.getByText('Ticket logged at') }).first();
    const logged = dateTimeGroup(explorer, 'Ticket logged at');
    await expect(logged.getByText('24-hour time, South African time (SAST).')).toBeVisible();
    await fillDateTime(logged, '2026-03-04T14:30');
    await logged.getByLabel('Minute', { exact: true }).blur();
    await expect(logged.getByLabel('Hour', { exact: true })).toHaveValue('14');
    await expect(logged.getByLabel('Minute', { exact: true })).toHaveValue('30');
    await expect(explorer).toContainText('Logged: Wed 4 Mar 2026, 14:30');
    await expect(explorer.locator('dd').first()).toContainText('Wed 4 Mar 2026, 15:30');
    expect(await explorer.innerText()).not.toMatch(/\b(AM|PM)\b/i);

    // 24:00 is no time on the 24-hour clock: the hour says so and no due time is shown.
    await logged.getByLabel('Hour', { exact: true }).fill('24');
    await logged.getByLabel('Hour', { exact: true }).blur();
    await expect(logged.getByText('24 is not an hour on the 24-hour clock: hours go from 00 to 23.')).toBeVisible();
    await expect(logged.getByLabel('Hour', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(explorer.getByText('Correct the marked fields to see the due times.').last()).toBeVisible();
  });
});
