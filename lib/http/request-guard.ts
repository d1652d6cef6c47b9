import { UNSTORABLE_TEXT_MESSAGE, unstorablePath } from '@/lib/forms/storable-text';

/** The largest JSON body any route accepts: a whole progress snapshot of a busy learner fits easily. */
export const MAX_JSON_BYTES = 1024 * 1024;

export type GuardRefusal = { status: 403 | 413 | 415 | 400; message: string };

/**
 * A state-changing request from a browser must come from this site: a page elsewhere can make the
 * browser send a form or a `text/plain` body with the person's cookies, but it cannot make the
 * browser claim this site's origin. Requests with no Origin (not sent by a browser's page) carry no
 * ambient cookies from another site, so they pass here and meet the routes' own authentication.
 */
export function sameOriginRefusal(request: Request, siteOrigin: string): GuardRefusal | null {
  const origin = request.headers.get('origin');
  if (origin !== null && origin !== new URL(siteOrigin).origin) return { status: 403, message: 'This request came from another site and was refused.' };
  if (request.headers.get('sec-fetch-site') === 'cross-site') return { status: 403, message: 'This request came from another site and was refused.' };
  return null;
}

/** JSON routes accept JSON only: a form post or `text/plain` body is refused before it is read. */
export function jsonContentTypeRefusal(request: Request): GuardRefusal | null {
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  return type === 'application/json' ? null : { status: 415, message: 'Send the body as JSON, with Content-Type: application/json.' };
}

/** Reads at most `limit` bytes of the body as text; null when it is longer (the rest is never read). */
export async function readLimitedText(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const joined = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(joined);
}

/** Names where the unstorable text is; the path is shown without the offending characters themselves. */
function unstorableBodyMessage(path: string): string {
  const shown = path.replace(/[^\w.-]/g, '?');
  return `${UNSTORABLE_TEXT_MESSAGE} It is in ${shown === '' ? 'the body' : `"${shown}"`}; nothing was saved.`;
}

/** Same origin, JSON content type, a body within the limit that parses and can be stored: the body, or why not. */
export async function guardedJson(request: Request, siteOrigin: string, limit = MAX_JSON_BYTES): Promise<{ ok: true; body: unknown } | { ok: false; refusal: GuardRefusal }> {
  const refusal = sameOriginRefusal(request, siteOrigin) ?? jsonContentTypeRefusal(request);
  if (refusal) return { ok: false, refusal };
  const text = await readLimitedText(request, limit);
  if (text === null) return { ok: false, refusal: { status: 413, message: `The request body is larger than ${Math.round(limit / 1024)} kB; nothing was saved.` } };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, refusal: { status: 400, message: 'The request body must be JSON.' } };
  }
  const unstorable = unstorablePath(body);
  if (unstorable !== null) return { ok: false, refusal: { status: 400, message: unstorableBodyMessage(unstorable) } };
  return { ok: true, body };
}
