import { type NextRequest, NextResponse } from 'next/server';
import { getDb } from '@/lib/db/client';
import { clientAddress } from '@/lib/http/client-address';
import { processLimiter } from '@/lib/http/rate-limiter';
import { checkWitnessLink } from '@/lib/portfolio/witness/check-witness-link';
import { WITNESS_REFUSAL_HEADER, witnessGate } from '@/lib/portfolio/witness/witness-gate';
import { witnessLimiter } from '@/lib/portfolio/witness/witness-limiter';
import { DEFAULT_VERIFY_LIMIT, VERIFY_REFUSAL_HEADER, verifyGate } from '@/lib/record/verify-gate';

/**
 * Witness links and record verification: a page cannot choose its HTTP status once it streams, so
 * the status of a used, expired or revoked link (410) or of a client over a limit (429) is set
 * here, before the page renders the explanation. Only the proxy may set the headers that tell a
 * page so: any the client sent are removed first.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const headers = new Headers(request.headers);
  headers.delete(WITNESS_REFUSAL_HEADER);
  headers.delete(VERIFY_REFUSAL_HEADER);
  const client = clientAddress(request.headers);

  if (request.nextUrl.pathname.startsWith('/verify')) {
    const decision = await verifyGate(request.nextUrl.pathname, client, processLimiter('verify', process.env.VERIFY_LIMIT, DEFAULT_VERIFY_LIMIT));
    if (decision.status === 200) return NextResponse.next({ request: { headers } });
    headers.set(VERIFY_REFUSAL_HEADER, String(decision.retryAfterSeconds));
    return NextResponse.next({ status: 429, headers: { 'Retry-After': String(decision.retryAfterSeconds) }, request: { headers } });
  }

  const decision = await witnessGate(
    {
      method: request.method,
      pathname: request.nextUrl.pathname,
      client,
      isDocument: !request.headers.has('rsc') && !request.headers.has('next-action'),
    },
    witnessLimiter(),
    async (token) => checkWitnessLink(await getDb(), token, new Date()),
  );
  if (decision.refusal === 'too-many') headers.set(WITNESS_REFUSAL_HEADER, 'too-many');
  return NextResponse.next({ status: decision.status, request: { headers } });
}

export const config = { matcher: ['/witness/:path*', '/verify/:path*'] };
