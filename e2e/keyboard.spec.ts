import { expect, type Page, test } from '@playwright/test';

async function tabTo(page: Page, name: RegExp, limit = 80) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      return element ? `${element.textContent ?? ''} ${element.getAttribute('aria-label') ?? ''}` : '';
    });
    if (name.test(focused)) return;
  }
  throw new Error(`Could not reach ${name} with the Tab key`);
}

test('the whole lesson flow works by keyboard alone', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, /Start the course|Continue where you left off/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/lessons\/01-/);
  await tabTo(page, /Mark this lesson complete/, 300);
  await page.keyboard.press('Enter');
  await expect(page.getByText('You completed this lesson.')).toBeVisible();
  await tabTo(page, /Next lesson/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/lessons\/02-/);
});
