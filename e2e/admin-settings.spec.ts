import { expect, type Locator, test } from '@playwright/test';
import { ensureAdmin } from './support/accounts';

async function verticalGap(first: Locator, second: Locator): Promise<number> {
  const [a, b] = [await first.boundingBox(), await second.boundingBox()];
  if (!a || !b) throw new Error('Both elements must be on screen');
  return Math.max(0, Math.max(a.y, b.y) - Math.min(a.y + a.height, b.y + b.height));
}

test('the settings page tells the outcome beside the save button, in view and announced, and keeps what was entered', async ({ page }) => {
  await ensureAdmin(page);
  await page.goto('/admin/settings');
  const save = page.getByRole('button', { name: 'Save settings' });
  const attempts = page.getByLabel('Attempts allowed in all');
  const selfSignUp = page.getByLabel('Learners may create their own accounts');
  const originalAttempts = await attempts.inputValue();
  const originallyOpen = await selfSignUp.isChecked();

  // Saved: the message is beside the button, inside the window, in a live region, and has the focus.
  await save.click();
  const saved = page.getByRole('status').filter({ hasText: 'Settings saved.' });
  await expect(saved).toBeVisible();
  await expect(saved).toBeInViewport();
  await expect(save).toBeInViewport();
  expect(await verticalGap(saved, save)).toBeLessThan(100);
  await expect(saved).toBeFocused();

  // Refused: the field says what is wrong and gets the focus, the outcome is beside the button,
  // and nothing typed or ticked is lost.
  await attempts.fill('0');
  await selfSignUp.setChecked(!originallyOpen);
  await save.click();
  await expect(page.locator('#field-maxAttempts-error')).toBeVisible();
  await expect(attempts).toBeFocused();
  await expect(attempts).toHaveValue('0');
  await expect(selfSignUp).toBeChecked({ checked: !originallyOpen });
  const refused = page.getByRole('status').filter({ hasText: 'Nothing was saved' });
  await expect(refused).toBeVisible();
  expect(await verticalGap(refused, save)).toBeLessThan(100);

  // Put back as it was: saved again, and the field error is gone.
  await attempts.fill(originalAttempts);
  await selfSignUp.setChecked(originallyOpen);
  await save.click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeInViewport();
  await expect(page.locator('#field-maxAttempts-error')).toHaveCount(0);
  await expect(attempts).toHaveValue(originalAttempts);
  await expect(selfSignUp).toBeChecked({ checked: originallyOpen });
});
