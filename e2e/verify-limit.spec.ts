import { expect, test } from '@playwright/test';

// Two clients on one machine: the look-ups that reach the limit connect over IPv6 (::1), the one
// that must still be answered over IPv4 (127.0.0.1). The journeys that verify real records run
// before this one, so the minute it holds ::1 over the limit slows none of them.
const LIMIT = 30;

test('verification look-ups from one address are refused with 429 and Retry-After, however X-Forwarded-For is rotated', async ({ playwright, baseURL }) => {
  const port = new URL(baseURL ?? '').port;
  const elsewhere = await playwright.request.newContext({ baseURL: `http://[::1]:${port}` });
  const statuses: number[] = [];
  for (let index = 0; index < LIMIT; index += 1) {
    const response = await elsewhere.get(`/verify/ZZZZ-ZZZZ-ZZ${String(index).padStart(2, '0')}`, { headers: { 'X-Forwarded-For': `203.0.113.${index + 1}` } });
    statuses.push(response.status());
  }
  expect(statuses.every((status) => status === 404)).toBe(true);

  const refused = await elsewhere.get('/verify/ZZZZ-ZZZZ-ZZZZ', { headers: { 'X-Forwarded-For': '198.51.100.7' } });
  expect(refused.status()).toBe(429);
  const wait = Number(refused.headers()['retry-after']);
  expect(wait).toBeGreaterThan(0);
  expect(wait).toBeLessThanOrEqual(60);
  const text = await refused.text();
  expect(text).toContain('Too many look-ups');
  expect(text).toMatch(/Wait \d+ seconds?, then try again/);

  // Another client is still answered.
  const here = await playwright.request.newContext({ baseURL: `http://127.0.0.1:${port}` });
  expect((await here.get('/verify/ZZZZ-ZZZZ-ZZZZ')).status()).toBe(404);
  await elsewhere.dispose();
  await here.dispose();
});
