import { parseLimit, SlidingWindowLimiter } from '@/lib/auth/sign-in-limiter';

/**
 * What the app asks of a rate limit: record a hit for a key and say how long to wait (0 = allowed).
 * The in-memory sliding window answers at once; a store shared by several servers (PostgreSQL)
 * will answer with a promise, so callers always await.
 */
export type RateLimiter = { take(key: string): number | Promise<number> };

const shared = globalThis as typeof globalThis & { rateLimiters?: Map<string, RateLimiter> };

/**
 * The process's one limiter of that name. It lives on globalThis because the proxy, pages and
 * server actions are bundled apart but share the process. `setting` is "hits/seconds".
 */
export function processLimiter(name: string, setting: string | undefined, fallback: string): RateLimiter {
  shared.rateLimiters ??= new Map();
  let limiter = shared.rateLimiters.get(name);
  if (!limiter) {
    const { max, seconds } = parseLimit(setting ?? fallback);
    limiter = new SlidingWindowLimiter(max, seconds * 1000);
    shared.rateLimiters.set(name, limiter);
  }
  return limiter;
}
