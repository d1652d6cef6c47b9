import type { RateLimiter } from '@/lib/http/rate-limiter';

/** Set by the proxy on a refused look-up (the seconds to wait), so the page explains instead of looking up. */
export const VERIFY_REFUSAL_HEADER = 'x-verify-retry-after';

/** 30 look-ups a minute per client unless VERIFY_LIMIT ("look-ups/seconds") says otherwise. */
export const DEFAULT_VERIFY_LIMIT = '30/60';

export type VerifyDecision = { status: 200 } | { status: 429; retryAfterSeconds: number };

/**
 * Every request for a record's verification page counts, whether a browser loads the document or
 * the client router fetches it, since each one reads the record; the form page that only takes
 * a code (/verify) does not. Decided before the page renders because a status cannot change once it streams.
 */
export async function verifyGate(pathname: string, client: string, limiter: RateLimiter): Promise<VerifyDecision> {
  if (!/^\/verify\/[^/]+\/?$/.test(pathname)) return { status: 200 };
  const wait = await limiter.take(client);
  return wait > 0 ? { status: 429, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) } : { status: 200 };
}
