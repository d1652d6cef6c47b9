import { parseLimit, SlidingWindowLimiter } from '@/lib/auth/sign-in-limiter';

/** 20 requests per 10 minutes per client address unless WITNESS_LIMIT ("requests/seconds") says otherwise. */
const DEFAULT_LIMIT = '20/600';

const shared = globalThis as typeof globalThis & { witnessLimiter?: SlidingWindowLimiter };

/**
 * The one limiter for witness pages and their form posts. It lives on globalThis because the
 * proxy (page requests) and the server action (form posts) are bundled apart but share the process.
 */
export function witnessLimiter(): SlidingWindowLimiter {
  if (!shared.witnessLimiter) {
    const { max, seconds } = parseLimit(process.env.WITNESS_LIMIT ?? DEFAULT_LIMIT);
    shared.witnessLimiter = new SlidingWindowLimiter(max, seconds * 1000);
  }
  return shared.witnessLimiter;
}
