import { expect, test } from '@playwright/test';
import { readingOrder } from '../scripts/lib/reading-order.mjs';
import { createUser, signIn, uniqueAccount } from './support/accounts';
import { islandsReady } from './support/islands';
import { keptOnDevice } from './support/offline';
import { questionForm, questionOfType } from './support/quiz-data';

// Other journeys block service workers (they watch the network with page.route, which a worker
// would answer around); these are the journeys about the worker itself.
test.use({ serviceWorkers: 'allow' });

const LESSONS: string[] = readingOrder();
const SLA_LESSON = '03-priorities-and-the-sla-clock';
const UNOPENED_LESSON = '06-following-up';

test('a lesson opened once reads and marks its knowledge checks with the network off, and an unkept address gets the offline page', async ({ context, page }) => {
  await page.goto(`/lessons/${SLA_LESSON}`);
  await keptOnDevice(page);

  await context.setOffline(true);
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await islandsReady(page);
  const single = questionOfType(SLA_LESSON, 'single');
  const form = questionForm(page, single);
  await form.getByLabel(single.options.find((o) => o.id === single.answer)?.text ?? '', { exact: true }).check();
  await form.getByRole('button', { name: 'Check answer' }).click();
  await expect(form.getByRole('heading', { name: 'Correct' })).toBeFocused();

  // A lesson never opened, and a page drawn for the signed-in person, are not on the device.
  for (const address of [`/lessons/${UNOPENED_LESSON}`, '/learn']) {
    await page.goto(address);
    await expect(page.getByRole('heading', { level: 1, name: 'Reading offline' })).toBeVisible();
  }
  await islandsReady(page);
  await expect(page.getByText('1 lesson is kept on this device.')).toBeVisible();
  const keptItem = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /priorit/i }) });
  await expect(keptItem.getByText('Kept on this device')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Needs the network' })).toHaveCount(LESSONS.length - 1);

  // The page never breaks the course: back online, the same address is the lesson again.
  await context.setOffline(false);
  await page.goto(`/lessons/${UNOPENED_LESSON}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Reading offline' })).toHaveCount(0);
});

test('keeping the whole course says its size first, then every lesson and course page opens offline', async ({ context, page }) => {
  test.setTimeout(120_000);
  await page.goto(`/lessons/${LESSONS[0]}`);
  await keptOnDevice(page);
  await islandsReady(page);
  const keep = page.getByRole('button', { name: /^Keep the whole course on this device \(\d+ kB\)$/ });
  await keep.click();
  const pack = (await (await page.request.get('/lesson-pages/course-pack.json')).json()) as { lessons: unknown[]; pages: unknown[] };
  const pages = pack.lessons.length + pack.pages.length;
  await expect(page.getByRole('status').filter({ hasText: `All ${pages} pages of the course are on this device` })).toBeVisible({ timeout: 60_000 });

  await context.setOffline(true);
  for (const slug of LESSONS) {
    const response = await page.goto(`/lessons/${slug}`);
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.getByRole('heading', { level: 1, name: 'Reading offline' })).toHaveCount(0);
  }
  for (const address of ['/', '/outline', '/glossary']) {
    await page.goto(address);
    await expect(page.getByRole('heading', { level: 1, name: 'Reading offline' })).toHaveCount(0);
  }
  await page.goto('/offline');
  await islandsReady(page);
  await expect(page.getByText(`${LESSONS.length} lessons are kept on this device.`)).toBeVisible();
  await context.setOffline(false);
});

test('a learner answers a knowledge check on a lesson opened with no network, and the answer reaches their progress once back online', async ({ browser }) => {
  const account = await createUser(browser, uniqueAccount('learner', 'Lindiwe Mahlangu'));
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account);
  await page.goto(`/lessons/${SLA_LESSON}`);
  await keptOnDevice(page);

  await context.setOffline(true);
  await page.reload();
  await islandsReady(page);
  const truth = questionOfType(SLA_LESSON, 'truefalse');
  const form = questionForm(page, truth);
  await form.getByRole('radio', { name: truth.answer ? 'True' : 'False' }).check();
  await form.getByRole('button', { name: 'Check answer' }).click();
  await expect(form.getByRole('heading', { name: 'Correct' })).toBeVisible();

  await context.setOffline(false);
  await page.goto(`/lessons/${LESSONS[0]}`);
  const key = await page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('us114052-progress') ?? '{}').state?.answers ?? {}));
  expect(key).toHaveLength(1);
  await expect
    .poll(async () => Object.keys(((await (await page.request.get('/api/progress')).json()) as { answers: Record<string, unknown> }).answers))
    .toEqual(key);
  await context.close();
});

test('the browser finds the course installable: its manifest parses without errors, with icons, and a worker answers offline', async ({ context, page }) => {
  await page.goto(`/lessons/${LESSONS[0]}`);
  await keptOnDevice(page);
  // Chromium's own manifest parser and installability check, not ours.
  const session = await context.newCDPSession(page);
  const manifest = await session.send('Page.getAppManifest');
  expect(manifest.errors).toEqual([]);
  expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
  // A test's browser context is incognito, which no site can change; every other reason must be absent.
  const siteErrors = async () => (await session.send('Page.getInstallabilityErrors')).installabilityErrors.filter((error) => error.errorId !== 'in-incognito');
  await expect.poll(siteErrors).toEqual([]);
  for (const icon of ['/icons/icon-192.png', '/icons/icon-512.png', '/icons/icon-maskable-512.png']) {
    const response = await page.request.get(icon);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});
