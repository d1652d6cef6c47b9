// Plain JavaScript so that the production server (scripts/serve.mjs, run by Node without a
// compiler) and the app share one logger and one request context; log-core.d.mts gives TypeScript
// its types. The app reaches the logger through lib/log/logger.ts.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import pino from 'pino';

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * An id a proxy in front of us may have given the request (nginx's $request_id, a load balancer's
 * trace id, a UUID): 8 to 128 letters, digits, dots, underscores, colons and hyphens. Anything else
 * (empty, too long, spaces, line breaks, quotes) is replaced, so a client can never write into the
 * logs or the response headers through it.
 */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;

/**
 * The incoming x-request-id when it matches the strict pattern, otherwise a new random UUID.
 * @param {string | string[] | undefined | null} incoming
 * @returns {string}
 */
export function requestIdFor(incoming) {
  return typeof incoming === 'string' && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
}

export const CENSOR = '[redacted]';

/**
 * Fields never written to a log line, at the top level and one object down (an error's or a
 * request's own fields): cookies, credentials, passwords and tokens.
 */
const SECRET_FIELDS = ['cookie', 'cookies', 'set-cookie', 'authorization', 'password', 'currentPassword', 'newPassword', 'token', 'secret', 'accessToken', 'refreshToken', 'idToken'];
export const REDACT_PATHS = SECRET_FIELDS.flatMap((field) => [`["${field}"]`, `*["${field}"]`, `headers["${field}"]`, `*.headers["${field}"]`]);

/** Paths whose segment after the prefix is itself a credential: a witness link's token, a record's verification code, a password-reset token. */
const SECRET_SEGMENTS = [/^(\/witness\/)[^/]+/, /^(\/verify\/)[^/]+/, /^(\/api\/auth\/reset-password\/)[^/]+/];

/**
 * The request's path as it may be logged: without the query string (it may carry a token or an
 * e-mail address) and with credential segments replaced.
 * @param {string | undefined} url
 * @returns {string}
 */
export function loggablePath(url) {
  const raw = (url ?? '/').split(/[?#]/, 1)[0] || '/';
  return SECRET_SEGMENTS.reduce((path, pattern) => path.replace(pattern, `$1${CENSOR}`), raw);
}

/**
 * A JSON logger writing one line per event to `destination` (standard output by default).
 * @param {{ level: string; destination?: import('pino').DestinationStream }} options
 * @returns {import('pino').Logger}
 */
export function createLogger({ level, destination }) {
  const options = {
    level,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACT_PATHS, censor: CENSOR },
    formatters: { level: (/** @type {string} */ label) => ({ level: label }) },
  };
  return destination ? pino(options, destination) : pino(options);
}

const LOGGER = Symbol.for('course.logger');
const CONTEXT = Symbol.for('course.request-context');

/**
 * The process's one logger, made at the first call with that call's level: the app's start
 * (instrumentation.ts) makes it with LOG_LEVEL from lib/env.ts before the server listens. Kept on
 * globalThis, since the app's bundle and the server each load this module.
 * @param {string} level
 * @returns {import('pino').Logger}
 */
export function sharedLogger(level) {
  const shared = /** @type {Record<symbol, import('pino').Logger | undefined>} */ (/** @type {unknown} */ (globalThis));
  shared[LOGGER] ??= createLogger({ level });
  return shared[LOGGER];
}

/**
 * Holds the id of the request being handled across everything it awaits, so any server code can
 * log with it. On globalThis for the same reason as the logger.
 * @returns {AsyncLocalStorage<{ requestId: string }>}
 */
export function requestContext() {
  const shared = /** @type {Record<symbol, AsyncLocalStorage<{ requestId: string }> | undefined>} */ (/** @type {unknown} */ (globalThis));
  shared[CONTEXT] ??= new AsyncLocalStorage();
  return shared[CONTEXT];
}

/**
 * Wraps a Node request handler: gives each request its id (set on the request's x-request-id,
 * replacing the client's, and on the response's X-Request-Id), runs the handler inside the request
 * context, and writes the request's one log line when it ends.
 * @param {import('pino').Logger} logger
 * @param {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => void} handle
 * @returns {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => void}
 */
export function withRequestLog(logger, handle) {
  return (request, response) => {
    const started = performance.now();
    const requestId = requestIdFor(request.headers[REQUEST_ID_HEADER]);
    request.headers[REQUEST_ID_HEADER] = requestId;
    response.setHeader('X-Request-Id', requestId);
    // 'close' comes once per request, also when the client goes away before the answer is complete.
    response.once('close', () => {
      const durationMs = performance.now() - started;
      logger.info(requestLine({ method: request.method, url: request.url, status: response.statusCode, durationMs, requestId, completed: response.writableFinished }), 'request');
    });
    requestContext().run({ requestId }, () => handle(request, response));
  };
}

/**
 * The fields of a request's one log line.
 * @param {{ method: string | undefined; url: string | undefined; status: number; durationMs: number; requestId: string; completed: boolean }} request
 */
export function requestLine({ method, url, status, durationMs, requestId, completed }) {
  return { requestId, method: method ?? 'GET', path: loggablePath(url), status, durationMs: Math.round(durationMs * 10) / 10, ...(completed ? {} : { aborted: true }) };
}
