import { processLimiter, type RateLimiter } from '@/lib/http/rate-limiter';

/**
 * Reset requests are limited per client and per address on that client, never per address alone:
 * a cap per address would let anyone use up an owner's requests from elsewhere and lock them out.
 */
export type ResetRequestLimits = { perClient: RateLimiter; perAddressOnClient: RateLimiter };

/** 20 requests per 15 minutes from one client, 5 of them for any one address. */
export function resetRequestLimits(): ResetRequestLimits {
  return { perClient: processLimiter('password-reset-client', undefined, '20/900'), perAddressOnClient: processLimiter('password-reset-address', undefined, '5/900') };
}

/** 20 attempts per 10 minutes per client to set a password through a link, as for witness links. */
export function setPasswordLimiter(): RateLimiter {
  return processLimiter('set-password', undefined, '20/600');
}

/** How long to wait, in whole minutes, in the words the pages use. */
export function waitMessage(retryAfterSeconds: number, what: string): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many ${what} from your connection. Wait ${minutes} minute${minutes === 1 ? '' : 's'}, then try again.`;
}
