import { expect, type Page, test } from '@playwright/test';
import { ensureAdmin } from './support/accounts';

async function saveSettings(page: Page, fields: { lastEnrolmentDate?: string; closedDates?: string }): Promise<void> {
  await page.goto('/admin/settings');
  if (fields.lastEnrolmentDate !== undefined) await page.getByLabel('Last date for enrolment').fill(fields.lastEnrolmentDate);
  if (fields.closedDates !== undefined) await page.getByLabel('Extra closed dates for the SLA clock').fill(fields.closedDates);
  await page.getByRole('button', { name: 'Save settings' }).click();
}

test('after the last date for enrolment, sign-up says so and names the date; clearing it reopens sign-up', async ({ page, browser }) => {
  await ensureAdmin(page);
  try {
    await saveSettings(page, { lastEnrolmentDate: '2020-06-30' });
    await expect(page.getByText('Settings saved.')).toBeVisible();
    const visitor = await browser.newContext();
    const signUp = await visitor.newPage();
    await signUp.goto('/sign-up');
    await expect(signUp.getByRole('heading', { name: 'Enrolment has closed' })).toBeVisible();
    await expect(signUp.getByText('The last date for enrolment, set by SAQA and the QCTO, was 30 June 2020')).toBeVisible();
    await visitor.close();
  } finally {
    await saveSettings(page, { lastEnrolmentDate: '' });
  }
  const visitor = await browser.newContext();
  const signUp = await visitor.newPage();
  await signUp.goto('/sign-up');
  await expect(signUp.getByRole('heading', { name: 'Create a learner account' })).toBeVisible();
  await visitor.close();
});

test("a closed date the admin adds moves the SLA clock explorer's due times, and a bad line is refused by number", async ({ page, browser }) => {
  await ensureAdmin(page);
  await saveSettings(page, { closedDates: '2026-03-04 Shutdown\n2026-02-30 Not a date' });
  await expect(page.getByText('Line 2 ("2026-02-30 Not a date"): the date must be a real date written as YYYY-MM-DD.')).toBeVisible();
  try {
    await saveSettings(page, { closedDates: '2026-03-04 Year-end shutdown' });
    await expect(page.getByText('Settings saved.')).toBeVisible();
    const visitor = await browser.newContext();
    const lesson = await visitor.newPage();
    await lesson.goto('/lessons/03-priorities-and-the-sla-clock');
    const explorer = lesson.locator('section').filter({ has: lesson.getByText('Ticket logged at') }).first();
    // The explorer's example: a P2 logged on Tuesday 3 March 2026 at 16:30. Wednesday is now closed.
    await expect(explorer.getByText('Your training provider is also closed on 2026-03-04 (Year-end shutdown).')).toBeVisible();
    await expect(explorer.locator('dd').first()).toContainText('Thu 5 Mar 2026, 09:30');
    await expect(explorer.getByText(/Year-end shutdown, a day your training provider is closed/)).toBeVisible();
    await visitor.close();
  } finally {
    await saveSettings(page, { closedDates: '' });
  }
});
