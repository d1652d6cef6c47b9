import { expect, test } from 'vitest';
import { SlidingWindowLimiter } from '@/lib/auth/sign-in-limiter';
import { witnessGate } from '@/lib/portfolio/witness/witness-gate';

const TOKEN = 'a'.repeat(43);
const page = { method: 'GET', pathname: `/witness/${TOKEN}`, client: '198.51.100.7', isDocument: true };

test('a used, expired or revoked link answers 410 and a waiting one 200', async () => {
  const limiter = new SlidingWindowLimiter(100, 60_000);
  for (const refusal of ['used', 'expired', 'revoked'] as const) {
    expect(await witnessGate(page, limiter, async () => refusal)).toEqual({ status: 410, refusal });
  }
  expect(await witnessGate(page, limiter, async () => null)).toEqual({ status: 200, refusal: null });
});

test('an unknown link passes to the page, which answers 404 itself', async () => {
  expect(await witnessGate(page, new SlidingWindowLimiter(100, 60_000), async () => 'unknown')).toEqual({ status: 200, refusal: null });
});

test('past the limit a client gets 429 without the link being looked up, while another client is still served', async () => {
  const limiter = new SlidingWindowLimiter(2, 600_000);
  const looked: string[] = [];
  const check = async (token: string) => {
    looked.push(token);
    return null;
  };
  await witnessGate(page, limiter, check);
  await witnessGate(page, limiter, check);
  expect(await witnessGate(page, limiter, check)).toEqual({ status: 429, refusal: 'too-many' });
  expect(looked).toHaveLength(2);
  expect(await witnessGate({ ...page, client: '203.0.113.9' }, limiter, check)).toEqual({ status: 200, refusal: null });
});

test('form posts, client navigations and the thank-you page pass untouched and uncounted', async () => {
  const limiter = new SlidingWindowLimiter(1, 600_000);
  const refuse = async () => 'used' as const;
  expect(await witnessGate({ ...page, method: 'POST' }, limiter, refuse)).toEqual({ status: 200, refusal: null });
  expect(await witnessGate({ ...page, isDocument: false }, limiter, refuse)).toEqual({ status: 200, refusal: null });
  expect(await witnessGate({ ...page, pathname: '/witness/thank-you' }, limiter, refuse)).toEqual({ status: 200, refusal: null });
  expect(limiter.count(page.client)).toBe(0);
});
