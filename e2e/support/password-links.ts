import { expect, type Page } from '@playwright/test';

/** Opens a set-your-password link (an invitation or a reset) and chooses `password`; ends on the sign-in page. */
export async function setPasswordFromLink(page: Page, path: string, password: string): Promise<void> {
  await page.goto(path);
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByLabel('New password again').fill(password);
  await page.getByRole('button', { name: /^Set my (new )?password$/ }).click();
  // A refused password shows why at once; say so instead of waiting out the test's time for a page that never comes.
  const refusal = page.locator('main form [role="alert"]').filter({ hasText: /\S/ });
  await expect(async () => {
    if (/\/sign-in\?password=set/.test(page.url())) return;
    if (await refusal.count()) throw new Error(`The password was refused: ${await refusal.first().textContent()}`);
    throw new Error(`Still on ${page.url()}`);
  }).toPass({ timeout: 30_000 });
  await expect(page.getByText('Your password is set.')).toBeVisible();
}
