import type { RateLimiter } from '@/lib/http/rate-limiter';
import { WITNESS_REFUSALS, type WitnessRefusal } from '@/lib/portfolio/witness/witness-refusals';

/** The witness page's own paths that carry no token. */
export const WITNESS_THANKS_PATH = '/witness/thank-you';

/** Set by the proxy on a rate-limited page request, so the page explains instead of reading the link. */
export const WITNESS_REFUSAL_HEADER = 'x-witness-refusal';

type Request = { method: string; pathname: string; client: string; isDocument: boolean };

export type GateDecision = { status: number; refusal: WitnessRefusal | null };

/**
 * What a request for a witness page answers with, decided before the page renders because an
 * HTTP status cannot change once a page streams: 429 when the client has opened witness pages too
 * often, 410 for a link used, expired or revoked. A link we never issued passes: the page itself
 * answers 404 with `notFound()`, as Next.js does natively. Form posts and client navigations pass
 * too: the action limits posts itself and answers with a message the form shows.
 */
export async function witnessGate(request: Request, limiter: RateLimiter, check: (token: string) => Promise<Exclude<WitnessRefusal, 'too-many'> | null>): Promise<GateDecision> {
  const token = /^\/witness\/([^/]+)$/.exec(request.pathname)?.[1];
  const pass = { status: 200, refusal: null };
  if (!token || request.pathname === WITNESS_THANKS_PATH || !request.isDocument || (request.method !== 'GET' && request.method !== 'HEAD')) return pass;
  if ((await limiter.take(request.client)) > 0) return { status: WITNESS_REFUSALS['too-many'].status, refusal: 'too-many' };
  const refusal = await check(token);
  if (!refusal || refusal === 'unknown') return pass;
  return { status: WITNESS_REFUSALS[refusal].status, refusal };
}
