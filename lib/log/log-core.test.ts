import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterEach, expect, test, vi } from 'vitest';
import { createLogger, loggablePath, requestIdFor, withRequestLog } from '@/lib/log/log-core.mjs';
import { log } from '@/lib/log/logger';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test.each([
  ['a UUID', '0b6a1f7e-3c1d-4f3a-9d2e-8a7b6c5d4e3f'],
  ["nginx's $request_id", '7f3c2a9b1e8d4c6fa0b1c2d3e4f5a6b7'],
  ['a load balancer trace id', 'Root=1-67891233-abcdef012345678912345678'.replace('=', ':')],
  ['an id of exactly 8 characters', 'req.1234'],
  ['an id of exactly 128 characters', `a${'b'.repeat(127)}`],
])('an incoming id that matches the pattern is honoured: %s', (_what, id) => {
  expect(requestIdFor(id)).toBe(id);
});

test.each([
  ['no header', undefined],
  ['an empty one', ''],
  ['one too short', 'abc1234'],
  ['one too long', `a${'b'.repeat(128)}`],
  ['one with a line break (a forged log line)', 'abcdefgh\n{"level":"info"}'],
  ['one with spaces', 'abcd efgh ijkl'],
  ['one with quotes', 'abcdefgh"ijkl'],
  ['one starting with a hyphen', '-abcdefghij'],
  ['one with letters outside ASCII', 'ábcdefghij'],
  ['a repeated header', ['abcdefghij', 'klmnopqrst']],
])('%s gets a new random id instead', (_what, incoming) => {
  const id = requestIdFor(incoming);
  expect(id).toMatch(UUID);
  expect(requestIdFor(incoming)).not.toBe(id);
});

test('a logged path has no query string, and credential segments are replaced', () => {
  expect(loggablePath('/assess/abc?tab=evidence&token=secret')).toBe('/assess/abc');
  expect(loggablePath('/witness/Zk3x9-secret-token')).toBe('/witness/[redacted]');
  expect(loggablePath('/witness/Zk3x9-secret-token/thanks')).toBe('/witness/[redacted]/thanks');
  expect(loggablePath('/verify/REC-1234-ABCD')).toBe('/verify/[redacted]');
  expect(loggablePath('/api/auth/reset-password/tok123?callbackURL=/x')).toBe('/api/auth/reset-password/[redacted]');
  expect(loggablePath(undefined)).toBe('/');
});

type Line = Record<string, unknown>;

/** A logger writing into an array of parsed lines, and the raw text, to search for leaked values. */
function capturingLogger() {
  const lines: Line[] = [];
  let text = '';
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString('utf8');
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Line);
      done();
    },
  });
  return { logger: createLogger({ level: 'info', destination }), lines, text: () => text };
}

let server: Server | null = null;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(null));
  server = null;
});

/** A server as scripts/serve.mjs builds it, around `handle` in place of Next.js. */
async function serve(logger: ReturnType<typeof createLogger>, handle: (request: IncomingMessage) => Promise<{ status: number; body: string }>) {
  server = createServer(
    withRequestLog(logger, (request, response) => {
      void handle(request).then(({ status, body }) => {
        response.statusCode = status;
        response.setHeader('Set-Cookie', 'session=set-cookie-value-789; HttpOnly');
        response.end(body);
      });
    }),
  );
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

test("each request gets one log line with its id, and no cookie, authorization, password or token value", async () => {
  const capture = capturingLogger();
  // The app's own logger hands its request-bound loggers to the capture, to see what the app logs.
  vi.spyOn(log(), 'child').mockImplementation((bindings) => capture.logger.child(bindings));
  let seenByApp: string | undefined;
  const base = await serve(capture.logger, async (request) => {
    seenByApp = request.headers['x-request-id'] as string;
    // Anything the app logs while handling the request carries its id; secrets in it are redacted.
    log().warn({ password: 'hunter2-password', body: { token: 'body-token-456' } }, 'sign-in refused');
    return { status: 401, body: 'no' };
  });

  const response = await fetch(`${base}/api/auth/sign-in/email?token=query-token-123&password=query-password`, {
    method: 'POST',
    headers: { Cookie: 'better-auth.session_token=cookie-value-abc', Authorization: 'Bearer bearer-value-def', 'X-Request-Id': 'bad id with spaces' },
    body: JSON.stringify({ email: 'palesa@example.co.za', password: 'hunter2-password' }),
  });
  await response.text();
  await vi.waitFor(() => expect(capture.lines.some((line) => line.msg === 'request')).toBe(true));

  const id = response.headers.get('x-request-id');
  expect(id).toMatch(UUID);
  expect(seenByApp).toBe(id);
  const requestLines = capture.lines.filter((line) => line.msg === 'request');
  expect(requestLines).toHaveLength(1);
  expect(requestLines[0]).toMatchObject({ level: 'info', requestId: id, method: 'POST', path: '/api/auth/sign-in/email', status: 401 });
  expect(typeof requestLines[0]?.durationMs).toBe('number');
  expect(capture.lines.find((line) => line.msg === 'sign-in refused')).toMatchObject({ level: 'warn', requestId: id, password: '[redacted]', body: { token: '[redacted]' } });
  for (const secret of ['cookie-value-abc', 'bearer-value-def', 'hunter2-password', 'query-token-123', 'query-password', 'body-token-456', 'set-cookie-value-789']) {
    expect(capture.text()).not.toContain(secret);
  }
});

test("a proxy's well-formed x-request-id is kept: the app, the response and the log line all carry it", async () => {
  const capture = capturingLogger();
  let seenByApp: string | undefined;
  const base = await serve(capture.logger, async (request) => {
    seenByApp = request.headers['x-request-id'] as string;
    return { status: 200, body: 'ok' };
  });
  const response = await fetch(`${base}/lessons/01-a`, { headers: { 'X-Request-Id': '7f3c2a9b1e8d4c6fa0b1c2d3e4f5a6b7' } });
  await response.text();
  await vi.waitFor(() => expect(capture.lines).toHaveLength(1));
  expect(response.headers.get('x-request-id')).toBe('7f3c2a9b1e8d4c6fa0b1c2d3e4f5a6b7');
  expect(seenByApp).toBe('7f3c2a9b1e8d4c6fa0b1c2d3e4f5a6b7');
  expect(capture.lines[0]).toMatchObject({ requestId: '7f3c2a9b1e8d4c6fa0b1c2d3e4f5a6b7', method: 'GET', path: '/lessons/01-a', status: 200 });
});
