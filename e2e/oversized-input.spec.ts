import { expect, test } from '@playwright/test';
import { ensureAdmin } from './support/accounts';

const TWO_MEGABYTES = 'x'.repeat(2 * 1024 * 1024);

test('a server action post over the body limit is answered 413 with a clear message, not 500', async ({ request }) => {
  const response = await request.post('/sign-in', {
    headers: { 'Next-Action': '0000000000000000000000000000000000000000' },
    multipart: { email: 'someone@example.co.za', password: TWO_MEGABYTES },
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain('nothing was saved');
});

test('a form posted without JavaScript over the body limit is answered 413 too', async ({ request }) => {
  const response = await request.post('/account', { multipart: { fullName: TWO_MEGABYTES } });
  expect(response.status()).toBe(413);
});

test('forms within the limit still reach their actions, and an id that cannot exist in a path is not found', async ({ page }) => {
  // Creating (or signing in as) the administrator goes through server actions, past the proxy.
  await ensureAdmin(page);
  for (const path of ['/record/%00', '/record/not-an-id', '/moderate/%00/report', '/api/evidence/%00', '/record/%00/pdf']) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(404);
  }
});
