import type { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DestinationStream, Logger } from 'pino';

export declare const REQUEST_ID_HEADER: 'x-request-id';
export declare const REQUEST_ID_PATTERN: RegExp;
/** The incoming x-request-id when it matches REQUEST_ID_PATTERN, otherwise a new random UUID. */
export declare function requestIdFor(incoming: string | string[] | undefined | null): string;
export declare const CENSOR: string;
export declare const REDACT_PATHS: string[];
/** The path without its query string and with credential segments (witness tokens, verification codes) replaced. */
export declare function loggablePath(url: string | undefined): string;
export declare function createLogger(options: { level: string; destination?: DestinationStream }): Logger;
/** The process's one logger, made by the first call with that call's level. */
export declare function sharedLogger(level: string): Logger;
export declare function requestContext(): AsyncLocalStorage<{ requestId: string }>;
export declare function requestLine(request: {
  method: string | undefined;
  url: string | undefined;
  status: number;
  durationMs: number;
  requestId: string;
  completed: boolean;
}): { requestId: string; method: string; path: string; status: number; durationMs: number; aborted?: true };
/** Gives each request its id, runs `handle` inside the request context and writes the request's one log line when it ends. */
export declare function withRequestLog(
  logger: Logger,
  handle: (request: IncomingMessage, response: ServerResponse) => void,
): (request: IncomingMessage, response: ServerResponse) => void;
