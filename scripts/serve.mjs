import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

// The production server: Next.js's own request handler behind a plain Node HTTP server, for one
// reason. Next.js tells route handlers, server actions and the proxy nothing about the connection,
// and passes on an X-Forwarded-For the client wrote, so rate limits could only count whatever a
// client claimed. Here every request carries the socket's address in x-course-client-address,
// overwriting any header of that name the client sent, and a mark on globalThis tells the app
// (same process) that the header is ours (lib/http/client-address.ts).
//
// Each request also gets an id (lib/log/log-core.mjs): a proxy's x-request-id when it matches a
// strict pattern, otherwise a new one. It replaces the client's header on the request (so the app
// reads ours), goes back as X-Request-Id, binds everything the app logs while handling the request,
// and ends the request's one JSON log line.
import { sharedLogger, withRequestLog } from '../lib/log/log-core.mjs';

const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
process.env.NODE_ENV ??= 'production';
// Settings (TRUSTED_PROXY_HOPS among them) are checked by lib/env.ts when the app prepares
// (instrumentation.ts), before this server listens, and by `npm start` before it builds.

const { default: next } = await import('next');
const app = next({ dev: false, hostname: 'localhost', port });
await app.prepare();
const handle = app.getRequestHandler();
const upgrade = app.getUpgradeHandler();
globalThis[Symbol.for('course.server-sets-client-address')] = true;

// The framework runs the app's start (instrumentation.ts, which checks LOG_LEVEL with every other
// setting) only at the first request, after this line: the level is read here too. A value the
// settings would refuse is left to them and logs at 'info' until they stop the server.
const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];
const wanted = process.env.LOG_LEVEL?.trim().toLowerCase() ?? '';
const logger = sharedLogger(LEVELS.includes(wanted) ? wanted : 'info');

const server = createServer(
  withRequestLog(logger, (request, response) => {
    request.headers['x-course-client-address'] = request.socket.remoteAddress ?? '';
    handle(request, response);
  }),
);
server.on('upgrade', (request, socket, head) => upgrade(request, socket, head));
server.listen(port, () => console.log(`Listening on http://localhost:${port}`));
// As `next start` does: stop at once, without waiting for kept-alive connections.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
