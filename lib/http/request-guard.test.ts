import { expect, test } from 'vitest';
import { guardedJson, jsonContentTypeRefusal, MAX_JSON_BYTES, sameOriginRefusal } from '@/lib/http/request-guard';

const SITE = 'https://courses.example.co.za';

function request(headers: Record<string, string>, body = '{"a":1}') {
  return new Request(`${SITE}/api/progress`, { method: 'PUT', headers, body });
}

test('a request from this site, or from no page at all, passes the origin check', () => {
  expect(sameOriginRefusal(request({ origin: SITE }), SITE)).toBeNull();
  expect(sameOriginRefusal(request({}), SITE)).toBeNull();
  expect(sameOriginRefusal(request({ 'sec-fetch-site': 'same-origin' }), SITE)).toBeNull();
});

test('a request that another site made the browser send is refused with 403', () => {
  expect(sameOriginRefusal(request({ origin: 'https://evil.example.com' }), SITE)).toMatchObject({ status: 403 });
  expect(sameOriginRefusal(request({ origin: 'null' }), SITE)).toMatchObject({ status: 403 });
  expect(sameOriginRefusal(request({ 'sec-fetch-site': 'cross-site' }), SITE)).toMatchObject({ status: 403 });
  expect(sameOriginRefusal(request({ origin: 'https://courses.example.co.za.evil.example.com' }), SITE)).toMatchObject({ status: 403 });
});

test('a form post or a text/plain body is refused with 415 before it is read', () => {
  expect(jsonContentTypeRefusal(request({ 'content-type': 'text/plain' }))).toMatchObject({ status: 415 });
  expect(jsonContentTypeRefusal(request({ 'content-type': 'application/x-www-form-urlencoded' }))).toMatchObject({ status: 415 });
  expect(jsonContentTypeRefusal(request({}))).toMatchObject({ status: 415 });
  expect(jsonContentTypeRefusal(request({ 'content-type': 'application/json; charset=utf-8' }))).toBeNull();
});

test('a body over the limit gets 413 with a clear message, and a body that is not JSON gets 400', async () => {
  const big = `{"x":"${'a'.repeat(MAX_JSON_BYTES)}"}`;
  expect(await guardedJson(request({ 'content-type': 'application/json' }, big), SITE)).toEqual({ ok: false, refusal: { status: 413, message: 'The request body is larger than 1024 kB; nothing was saved.' } });
  expect(await guardedJson(request({ 'content-type': 'application/json' }, '{oops'), SITE)).toMatchObject({ ok: false, refusal: { status: 400 } });
  expect(await guardedJson(request({ 'content-type': 'application/json', origin: SITE }), SITE)).toEqual({ ok: true, body: { a: 1 } });
});

test('a JSON body holding a NUL or a lone surrogate, in a value or a key, is refused with 400 naming where', async () => {
  const headers = { origin: SITE, 'content-type': 'application/json' };
  const nul = await guardedJson(request(headers, JSON.stringify({ response: { text: 'a\u0000b' } })), SITE);
  expect(nul).toEqual({ ok: false, refusal: { status: 400, message: expect.stringContaining('"response.text"') } });
  const surrogate = await guardedJson(request(headers, '{"items":["ok","\\ud800"]}'), SITE);
  expect(surrogate).toEqual({ ok: false, refusal: { status: 400, message: expect.stringContaining('"items.1"') } });
  const key = await guardedJson(request(headers, '{"\\udfff":1}'), SITE);
  expect(key.ok).toBe(false);
  expect(await guardedJson(request(headers, '{"name":"Zoë 😀"}'), SITE)).toEqual({ ok: true, body: { name: 'Zoë 😀' } });
});
