import { expect, test } from 'vitest';
import { SlidingWindowLimiter } from '@/lib/auth/sign-in-limiter';
import { verifyGate } from '@/lib/record/verify-gate';

test('look-ups past the limit from one client answer 429 with the seconds to wait; another client is still answered', async () => {
  const limiter = new SlidingWindowLimiter(2, 60_000);
  expect(await verifyGate('/verify/K7P2-9XQM-4TD8', '198.51.100.1', limiter)).toEqual({ status: 200 });
  expect(await verifyGate('/verify/K7P2-9XQM-4TD9', '198.51.100.1', limiter)).toEqual({ status: 200 });
  const refused = await verifyGate('/verify/K7P2-9XQM-4TDA', '198.51.100.1', limiter);
  expect(refused.status).toBe(429);
  expect(refused.status === 429 && refused.retryAfterSeconds).toBeGreaterThan(58);
  expect(await verifyGate('/verify/K7P2-9XQM-4TDA', '198.51.100.2', limiter)).toEqual({ status: 200 });
});

test('the page that only takes a code is not counted', async () => {
  const limiter = new SlidingWindowLimiter(1, 60_000);
  for (let index = 0; index < 3; index += 1) expect(await verifyGate('/verify', '198.51.100.3', limiter)).toEqual({ status: 200 });
  expect(limiter.count('198.51.100.3')).toBe(0);
});
