import { expect, test } from '@playwright/test';
import { ADMIN, AT_ONCE, slowAccountAnswers } from './support/accounts';
import { wcagViolations } from './support/axe';

// Runs first (files run in name order on one worker): the database is empty.
test('an empty site offers to create the administrator once, and never again', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Set up this site' })).toBeVisible();
  await page.goto('/sign-in');
  await expect(page).toHaveURL(/\/setup$/);
  expect(await wcagViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Create the administrator' }).click();
  await expect(page.getByText('Enter the full name as it appears on the ID document')).toBeVisible();
  await page.getByLabel('Your full name').fill(ADMIN.fullName);
  await page.getByLabel('E-mail address').fill(ADMIN.email);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('Password again').fill(ADMIN.password);
  // However slowly /api/me answers, the header shows the administrator's navigation with the next
  // page, never the signed-out links.
  await slowAccountAnswers(page);
  await page.getByRole('button', { name: 'Create the administrator' }).click();
  await expect(page).toHaveURL(/\/admin\/settings/);
  await expect(page.getByText('The administrator account is ready.')).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Users' })).toBeVisible({ timeout: AT_ONCE });
  await expect(nav.getByRole('link', { name: 'Audit trail' })).toBeVisible({ timeout: AT_ONCE });
  await expect(nav.getByRole('button', { name: 'Sign out' })).toBeVisible({ timeout: AT_ONCE });
  await expect(nav.getByRole('link', { name: 'Set up this site' })).toHaveCount(0, { timeout: AT_ONCE });
  await expect(nav.getByRole('link', { name: 'Sign in' })).toHaveCount(0, { timeout: AT_ONCE });
  await page.unrouteAll({ behavior: 'ignoreErrors' });

  const response = await page.goto('/setup');
  expect(response?.status()).toBe(404);
  await page.context().clearCookies();
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Set up this site' })).toHaveCount(0);
});
