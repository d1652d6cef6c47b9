import type { Instrumentation } from 'next';
import { loggablePath } from '@/lib/log/log-core.mjs';
import { log, requestIdOf } from '@/lib/log/logger';

type Parameters_ = Parameters<Instrumentation.onRequestError>;

/**
 * An error no page, route or action handled, as Next.js reports it (instrumentation.ts): one JSON
 * line with the request's id, so it can be found from the request's log line or the X-Request-Id a
 * user quotes. The path loses its query string and credential segments; headers are not logged.
 */
export function logRequestError(error: Parameters_[0], request: Parameters_[1], context: Parameters_[2]): void {
  log(requestIdOf(request.headers)).error(
    { err: error, method: request.method, path: loggablePath(request.path), route: context.routePath, routeType: context.routeType },
    'request failed',
  );
}
