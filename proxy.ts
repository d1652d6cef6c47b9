import path from 'node:path';
import { type NextRequest, NextResponse } from 'next/server';
import { baseUrl } from '@/lib/auth/create-auth';
import { getDb } from '@/lib/db/client';
import { env } from '@/lib/env';
import { buildContentSecurityPolicy, createNonce, NONCE_HEADER, type ScriptAllowance } from '@/lib/http/content-security-policy';
import { clientAddress } from '@/lib/http/client-address';
import { oversizedFormRefusal } from '@/lib/http/form-body-limit';
import { builtLessonPages } from '@/lib/http/built-lesson-pages';
import { prerenderedPageHashes } from '@/lib/http/prerendered-page-hashes';
import { processLimiter } from '@/lib/http/rate-limiter';
import { strictTransportSecurity } from '@/lib/http/strict-transport-security';
import { checkWitnessLink } from '@/lib/portfolio/witness/check-witness-link';
import { WITNESS_REFUSAL_HEADER, witnessGate } from '@/lib/portfolio/witness/witness-gate';
import { witnessLimiter } from '@/lib/portfolio/witness/witness-limiter';
import { DEFAULT_VERIFY_LIMIT, VERIFY_REFUSAL_HEADER, verifyGate } from '@/lib/record/verify-gate';

const CSP_HEADER = 'Content-Security-Policy';
const NOT_FOUND = '/_not-found';
const development = process.env.NODE_ENV === 'development';
const prerenderedHashes = prerenderedPageHashes(path.join(/*turbopackIgnore: true*/ process.cwd(), '.next'));
const isBuiltLesson = builtLessonPages(path.join(/*turbopackIgnore: true*/ process.cwd(), 'public', 'lesson-pages'));

/**
 * A form post over the server action body limit gets 413 here (Next would answer 500).
 *
 * Every page gets its Content-Security-Policy here. A page rendered for this request gets a fresh
 * nonce: Next.js reads the policy from the request to put the nonce on its scripts, and the browser
 * reads it from the response. A page prerendered at build time (home, modules, outline,
 * glossary) is sent as built, without a nonce, so its policy lists its inline scripts' hashes instead;
 * a lesson (plain HTML with island scripts, lib/lesson-html) has no inline script, so it needs neither.
 *
 * Witness links and record verification also get their status here: a page cannot choose its HTTP
 * status once it streams, so the status of a used, expired or revoked link (410) or of a client over
 * a limit (429) is set before the page renders the explanation. Only the proxy may set the headers
 * that tell a page so: any the client sent are removed first.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const tooLarge = oversizedFormRefusal({ method: request.method, pathname: request.nextUrl.pathname, contentLength: request.headers.get('content-length') });
  if (tooLarge) return new NextResponse(tooLarge.message, { status: tooLarge.status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const siteUrl = baseUrl();
  const nonce = createNonce();
  // A built lesson is a file with no inline script: its policy allows the site's own script files only.
  const prerendered = development ? null : isBuiltLesson(request.nextUrl.pathname) ? [] : prerenderedHashes(request.nextUrl.pathname);
  // An address no route answers gets the prerendered "not found" page, sent as built: its hashes
  // ride along with the nonce, since only the server knows, later, whether the address exists.
  const scripts: ScriptAllowance = prerendered === null ? { nonce, hashes: (development ? null : prerenderedHashes(NOT_FOUND)) ?? [] } : { nonce: null, hashes: prerendered };
  const policy = buildContentSecurityPolicy({ scripts, development, https: siteUrl.startsWith('https://') });
  const headers = new Headers(request.headers);
  if (scripts.nonce !== null) headers.set(NONCE_HEADER, scripts.nonce);
  else headers.delete(NONCE_HEADER);
  headers.set(CSP_HEADER, policy);
  headers.delete(WITNESS_REFUSAL_HEADER);
  headers.delete(VERIFY_REFUSAL_HEADER);
  const client = clientAddress(request.headers);

  let status: number | undefined;
  let retryAfter: string | undefined;
  if (request.nextUrl.pathname.startsWith('/verify')) {
    const decision = await verifyGate(request.nextUrl.pathname, client, processLimiter('verify', env().verifyLimit, DEFAULT_VERIFY_LIMIT));
    if (decision.status !== 200) {
      headers.set(VERIFY_REFUSAL_HEADER, String(decision.retryAfterSeconds));
      status = 429;
      retryAfter = String(decision.retryAfterSeconds);
    }
  }
  if (request.nextUrl.pathname.startsWith('/witness/')) {
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
    status = decision.status;
  }

  const response = NextResponse.next({ status, request: { headers } });
  response.headers.set(CSP_HEADER, policy);
  if (retryAfter !== undefined) response.headers.set('Retry-After', retryAfter);
  const hsts = strictTransportSecurity(siteUrl);
  if (hsts !== null) response.headers.set('Strict-Transport-Security', hsts);
  return response;
}

export const config = {
  // Pages only, and the server action posts made to them (for the body limit): not the build's static
  // files, the JSON and file routes under /api, or the record's PDF (a PDF under `object-src 'none'`
  // would not open in the browser's own viewer).
  matcher: ['/((?!_next/static|_next/image|api/|favicon\\.ico|record/pdf$|record/[^/]+/pdf$).*)'],
};
