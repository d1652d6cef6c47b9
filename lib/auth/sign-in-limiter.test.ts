import { expect, test } from 'vitest';
import { parseLimit, SlidingWindowLimiter } from '@/lib/auth/sign-in-limiter';

test('the fourth attempt inside the window is refused with the time to wait', () => {
  const limiter = new SlidingWindowLimiter(3, 10_000);
  expect(limiter.take('a', 0)).toBe(0);
  expect(limiter.take('a', 1_000)).toBe(0);
  expect(limiter.take('a', 2_000)).toBe(0);
  expect(limiter.take('a', 3_000)).toBe(7_000);
  expect(limiter.take('b', 3_000)).toBe(0);
});

test('attempts older than the window no longer count', () => {
  const limiter = new SlidingWindowLimiter(2, 10_000);
  limiter.take('a', 0);
  limiter.take('a', 5_000);
  expect(limiter.take('a', 10_001)).toBe(0);
  expect(limiter.count('a', 10_001)).toBe(2);
});

test('the limit setting reads "attempts/seconds" and falls back to five a minute', () => {
  expect(parseLimit('20/30')).toEqual({ max: 20, seconds: 30 });
  expect(parseLimit(undefined)).toEqual({ max: 5, seconds: 60 });
  expect(parseLimit('lots')).toEqual({ max: 5, seconds: 60 });
});
