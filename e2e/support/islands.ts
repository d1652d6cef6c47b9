import { expect, type Page } from '@playwright/test';

/**
 * Waits until every interactive part of a prerendered lesson is live. Until then its controls are
 * disabled copies: a click waits for them by itself, but focusing one and pressing keys does not.
 */
export async function islandsReady(page: Page): Promise<void> {
  await expect(page.locator('[data-island]:not([data-island-ready])')).toHaveCount(0);
}
