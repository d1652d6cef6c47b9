import { expect, type Page } from '@playwright/test';

/**
 * Waits until every interactive part of a prerendered lesson is live. Until then its controls are
 * disabled copies: a click waits for them by itself, but focusing one and pressing keys does not.
 * Parts far down the page wake when the page has settled or the reader first presses a key, as a
 * keyboard user does before tabbing; pressing Shift, which does nothing else, is that first key.
 */
export async function islandsReady(page: Page): Promise<void> {
  await page.keyboard.press('Shift');
  await expect(page.locator('[data-island]:not([data-island-ready])')).toHaveCount(0);
}
