import { type NextRequest, NextResponse } from 'next/server';
import { getDb } from '@/lib/db/client';
import { clientAddress } from '@/lib/http/client-address';
import { checkWitnessLink } from '@/lib/portfolio/witness/check-witness-link';
import { WITNESS_REFUSAL_HEADER, witnessGate } from '@/lib/portfolio/witness/witness-gate';
import { witnessLimiter } from '@/lib/portfolio/witness/witness-limiter';

/**
 * Witness links only: a page cannot choose its HTTP status once it streams, so the status of a
 * used, expired or revoked link (410) or of a client over the limit (429) is set here, before the
 * page renders the explanation. The page reads the link again itself; this only decides the status.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const decision = await witnessGate(
    {
      method: request.method,
      pathname: request.nextUrl.pathname,
      client: clientAddress(request.headers),
      isDocument: !request.headers.has('rsc') && !request.headers.has('next-action'),
    },
    witnessLimiter(),
    async (token) => checkWitnessLink(await getDb(), token, new Date()),
  );
  const headers = new Headers(request.headers);
  // Only the proxy may tell the page that the client is over the limit.
  headers.delete(WITNESS_REFUSAL_HEADER);
  if (decision.refusal === 'too-many') headers.set(WITNESS_REFUSAL_HEADER, 'too-many');
  return NextResponse.next({ status: decision.status, request: { headers } });
}

export const config = { matcher: '/witness/:path*' };
