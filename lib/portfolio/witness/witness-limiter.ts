import { env } from '@/lib/env';
import { processLimiter, type RateLimiter } from '@/lib/http/rate-limiter';

/** 20 requests per 10 minutes per client address unless WITNESS_LIMIT ("requests/seconds") says otherwise. */
const DEFAULT_LIMIT = '20/600';

/** The one limiter for witness pages and their form posts (the proxy and the server action share it). */
export function witnessLimiter(): RateLimiter {
  return processLimiter('witness', env().witnessLimit, DEFAULT_LIMIT);
}
