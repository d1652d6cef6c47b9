import type { Endpoint } from '@/lib/testing/fuzz/endpoints';
import type { Field, RoutePayload } from '@/lib/testing/fuzz/payloads';
import { fakeRequest } from '@/lib/testing/fuzz/next-fakes';

export const SITE = 'http://localhost:3000';

/** What a browser would see: a status, and whether the endpoint accepted the payload (so may have changed rows). */
export type Outcome = { status: number; accepted: boolean; detail: string };

function formDataOf(fields: Field[]): FormData {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  return form;
}

/** Next's `redirect()`, `notFound()`, `forbidden()` and `unauthorized()` throw errors carrying a digest. */
function navigationOutcome(error: unknown): Outcome | null {
  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : null;
  if (!digest) return null;
  if (digest.startsWith('NEXT_REDIRECT')) {
    const target = digest.split(';')[2] ?? '';
    return { status: 303, accepted: !target.startsWith('/sign-in'), detail: target };
  }
  const fallback = /^NEXT_HTTP_ERROR_FALLBACK;(\d{3})$/.exec(digest);
  if (fallback) return { status: Number(fallback[1]), accepted: false, detail: digest };
  return null;
}

function crashed(error: unknown): Outcome {
  const detail = error instanceof Error ? `${error.name}: ${error.message.slice(0, 300)}` : String(error).slice(0, 300);
  return { status: 500, accepted: false, detail };
}

function acceptedState(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'status' in value && value.status === 'success';
}

/** Calls a server action as Next would after decoding the form post: (previous state, FormData). */
export async function callAction(endpoint: Endpoint, cookie: string, fields: Field[]): Promise<Outcome> {
  fakeRequest.headers = new Headers({ cookie, 'x-forwarded-for': '192.0.2.10' });
  try {
    const value = await endpoint.handler({ status: 'idle', message: null, fieldErrors: {}, values: {} }, formDataOf(fields));
    return { status: 200, accepted: value === undefined || acceptedState(value), detail: '' };
  } catch (error) {
    return navigationOutcome(error) ?? crashed(error);
  }
}

function requestBody(body: RoutePayload['body'], headers: Headers): BodyInit | undefined {
  switch (body.kind) {
    case 'none':
      return undefined;
    case 'json':
      headers.set('content-type', 'application/json');
      return JSON.stringify(body.value) ?? 'undefined';
    case 'raw':
      if (body.contentType) headers.set('content-type', body.contentType);
      return body.text;
    case 'multipart':
      return formDataOf(body.fields);
  }
}

function setHeaderIfValid(headers: Headers, name: string, value: string): void {
  // A value Headers refuses (a NUL, a character above U+00FF) cannot arrive over HTTP at all.
  try {
    headers.set(name, value);
  } catch {}
}

// encodeURIComponent throws on a lone surrogate; the handler still gets the raw value as its param.
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Calls a route handler with a Request built as Next would build it from the payload. */
export async function callRoute(endpoint: Endpoint, cookie: string, payload: RoutePayload): Promise<Outcome> {
  const params = Object.fromEntries(endpoint.params.map((name, index) => [name, payload.params[index] ?? '']));
  const path = endpoint.file
    .replace(/^app/, '')
    .replace(/\/\([^)]+\)/g, '')
    .replace(/\/route\.ts$/, '')
    .replace(/\[([^\]]+)\]/g, (_, name: string) => encodeURIComponent(wellFormed(params[name] ?? '')));
  const url = new URL(`${SITE}${path}`);
  for (const [key, value] of payload.query) url.searchParams.append(key, value);
  const headers = new Headers({ origin: SITE, 'x-forwarded-for': '192.0.2.10' });
  if (cookie) headers.set('cookie', cookie);
  const method = endpoint.exportName;
  const body = method === 'GET' || method === 'HEAD' ? undefined : requestBody(payload.body, headers);
  for (const [name, value] of payload.headers) setHeaderIfValid(headers, name, value);
  fakeRequest.headers = headers;
  try {
    const request = new Request(url, { method, headers, body });
    const response = await endpoint.handler(request, { params: Promise.resolve(params) });
    if (!(response instanceof Response)) return { status: 500, accepted: false, detail: 'the handler returned no Response' };
    await response.body?.cancel();
    return { status: response.status, accepted: response.status < 400, detail: '' };
  } catch (error) {
    return navigationOutcome(error) ?? crashed(error);
  }
}
