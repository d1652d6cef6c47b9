import { Writable } from 'node:stream';
import { expect, test, vi } from 'vitest';
import { createLogger, requestContext } from '@/lib/log/log-core.mjs';
import { log, requestIdOf } from '@/lib/log/logger';
import { logRequestError } from '@/lib/log/request-error';

test('the app logger is bound to the request being handled, and to nothing outside one', () => {
  expect(log().bindings()).not.toHaveProperty('requestId');
  requestContext().run({ requestId: 'req-in-context-1' }, () => {
    expect(log().bindings()).toMatchObject({ requestId: 'req-in-context-1' });
    // The context's own id wins over one read from headers.
    expect(log('req-from-headers').bindings()).toMatchObject({ requestId: 'req-in-context-1' });
  });
  expect(log('req-from-headers').bindings()).toMatchObject({ requestId: 'req-from-headers' });
});

test('a request id is read from headers only when it is one the server would have set', () => {
  expect(requestIdOf(new Headers({ 'x-request-id': '0b6a1f7e-3c1d-4f3a-9d2e-8a7b6c5d4e3f' }))).toBe('0b6a1f7e-3c1d-4f3a-9d2e-8a7b6c5d4e3f');
  expect(requestIdOf({ 'x-request-id': 'short' })).toBeNull();
  expect(requestIdOf({ 'x-request-id': ['abcdefghij', 'abcdefghij'] })).toBeNull();
  expect(requestIdOf({})).toBeNull();
});

test('an error Next.js reports is logged once with its request id, route and a path without secrets', () => {
  let text = '';
  const capture = createLogger({
    level: 'info',
    destination: new Writable({
      write(chunk: Buffer, _encoding, done) {
        text += chunk.toString('utf8');
        done();
      },
    }),
  });
  vi.spyOn(log(), 'child').mockImplementation((bindings) => capture.child(bindings));
  logRequestError(
    new Error('the database went away'),
    { path: '/witness/secret-witness-token?x=1', method: 'POST', headers: { 'x-request-id': 'req-0001-abcd', cookie: 'session=cookie-secret' } },
    { routerKind: 'App Router', routePath: '/witness/[token]', routeType: 'action', revalidateReason: undefined },
  );
  const lines = text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatchObject({ level: 'error', requestId: 'req-0001-abcd', method: 'POST', path: '/witness/[redacted]', route: '/witness/[token]', msg: 'request failed' });
  expect(lines[0]?.err).toMatchObject({ message: 'the database went away' });
  expect(text).not.toMatch(/secret-witness-token|cookie-secret/);
});
