import { expect, type Page } from '@playwright/test';

/** Opens a set-your-password link (an invitation or a reset) and chooses `password`; ends on the sign-in page. */
export async function setPasswordFromLink(page: Page, path: string, password: string): Promise<void> {
  await page.goto(path);
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByLabel('New password again').fill(password);
  await page.getByRole('button', { name: /^Set my (new )?password$/ }).click();
  await page.waitForURL(/\/sign-in\?password=set/);
  await expect(page.getByText('Your password is set.')).toBeVisible();
}
