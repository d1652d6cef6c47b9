import { parseLimit, SlidingWindowLimiter } from '@/lib/auth/sign-in-limiter';
import { env } from '@/lib/env';
import { DatabaseRateLimiter } from '@/lib/http/database-rate-limiter';

/**
 * What the app asks of a rate limit: record a hit for a key and say how long to wait (0 = allowed).
 * The in-memory sliding window answers at once; the PostgreSQL one (shared by several servers)
 * answers with a promise, so callers always await.
 */
export type RateLimiter = { take(key: string): number | Promise<number> };

/**
 * A limit counted where every server sees it: in PostgreSQL when DATABASE_URL is set (several
 * instances may share it), in this process's memory on the embedded database (one process only).
 * The database is opened lazily: the proxy builds its limiters before any request needs a connection.
 */
export function sharedLimiter(name: string, max: number, windowMs: number): RateLimiter {
  if (!env().databaseUrl) return new SlidingWindowLimiter(max, windowMs);
  return new DatabaseRateLimiter(async () => (await import('@/lib/db/client')).getDb(), name, max, windowMs);
}

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
    limiter = sharedLimiter(name, max, seconds * 1000);
    shared.rateLimiters.set(name, limiter);
  }
  return limiter;
}
