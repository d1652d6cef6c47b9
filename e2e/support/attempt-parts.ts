import { expect, type Page } from '@playwright/test';

/** An attempt in progress shows one part at a time; journeys that walk every question show them all. */
export async function showEveryPart(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Show every part on one page' }).click();
  await expect(page.getByRole('button', { name: 'Show one part at a time' })).toBeVisible();
}

/** Opens one part of an attempt in progress by its step, as a learner would, and waits for its heading to take focus. */
export async function openPart(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Parts of the assessment' }).getByRole('button', { name: new RegExp(title) }).click();
  await expect(page.getByRole('heading', { name: title, level: 2 })).toBeFocused();
}
