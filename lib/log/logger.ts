import type { Logger } from 'pino';
import { env } from '@/lib/env';
import { REQUEST_ID_HEADER, REQUEST_ID_PATTERN, requestContext, sharedLogger } from '@/lib/log/log-core.mjs';

/**
 * The server's logger (JSON lines on standard output, LOG_LEVEL from lib/env.ts), bound to the id of
 * the request being handled when there is one: scripts/serve.mjs gives every request an id and
 * runs it inside the request context, so an error logged anywhere below can be found with the
 * request's own log line and the X-Request-Id the browser got. `requestId` names the request where
 * the context does not (Next.js reports some errors outside it).
 */
export function log(requestId: string | null = null): Logger {
  const root = sharedLogger(env().logLevel);
  requestId = requestContext().getStore()?.requestId ?? requestId;
  return requestId ? root.child({ requestId }) : root;
}

/**
 * The request id in a request's headers, as scripts/serve.mjs set it; null when it is missing or
 * not one the server would have set (a server started another way passes the client's header on).
 */
export function requestIdOf(headers: Headers | Record<string, string | string[] | undefined>): string | null {
  const value = headers instanceof Headers ? headers.get(REQUEST_ID_HEADER) : headers[REQUEST_ID_HEADER];
  return typeof value === 'string' && REQUEST_ID_PATTERN.test(value) ? value : null;
}
