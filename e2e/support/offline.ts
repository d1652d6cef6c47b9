import { expect, type Page } from '@playwright/test';
import { LESSON_CACHE } from '@/lib/offline/offline-paths';

/** Waits until the service worker controls the page and this device holds the page's address in the named cache. */
export async function keptOnDevice(page: Page, cacheName = LESSON_CACHE): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect
    .poll(() => page.evaluate(async (name) => Boolean(await (await caches.open(name)).match(location.pathname)), cacheName))
    .toBe(true);
}
