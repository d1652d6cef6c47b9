import { type NextRequest, NextResponse } from 'next/server';
import { getDb } from '@/lib/db/client';
import { clientAddress } from '@/lib/http/client-address';
import { oversizedFormRefusal } from '@/lib/http/form-body-limit';
import { checkWitnessLink } from '@/lib/portfolio/witness/check-witness-link';
import { WITNESS_REFUSAL_HEADER, witnessGate } from '@/lib/portfolio/witness/witness-gate';
import { witnessLimiter } from '@/lib/portfolio/witness/witness-limiter';

/**
 * A form post over the server action body limit gets 413 here (Next would answer 500).
 *
 * Witness links: a page cannot choose its HTTP status once it streams, so the status of a
 * used, expired or revoked link (410) or of a client over the limit (429) is set here, before the
 * page renders the explanation. The page reads the link again itself; this only decides the status.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const tooLarge = oversizedFormRefusal({ method: request.method, pathname: request.nextUrl.pathname, contentLength: request.headers.get('content-length') });
  if (tooLarge) return new NextResponse(tooLarge.message, { status: tooLarge.status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  if (!request.nextUrl.pathname.startsWith('/witness/')) return NextResponse.next();
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

export const config = {
  matcher: [
    '/witness/:path*',
    // Server action posts (with JavaScript: the Next-Action header; without: a multipart form), for the body limit.
    { source: '/((?!api/|_next/).*)', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/((?!api/|_next/).*)', has: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }] },
  ],
};
