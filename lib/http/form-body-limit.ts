/**
 * The largest form post a page's server action accepts: Next's own limit for server action bodies
 * (serverActions.bodySizeLimit, 1 MB unless next.config says otherwise). Uploads go to API routes
 * with their own limits.
 */
export const MAX_FORM_BODY_BYTES = 1024 * 1024;

export const FORM_TOO_LARGE_MESSAGE = `The form sent more than ${MAX_FORM_BODY_BYTES / (1024 * 1024)} MB, so nothing was saved. Shorten the longest text and send it again.`;

type FormPost = { method: string; pathname: string; contentLength: string | null };

/**
 * Next refuses a server action body over its limit with a 500, as if the server had failed; the
 * proxy answers 413 first, from the declared length, so the sender learns what to change.
 * API routes are left to their own limits (lib/http/request-guard.ts, the upload routes).
 */
export function oversizedFormRefusal(post: FormPost): { status: 413; message: string } | null {
  if (post.method !== 'POST' || post.pathname.startsWith('/api/')) return null;
  const declared = Number(post.contentLength ?? 0);
  return Number.isFinite(declared) && declared > MAX_FORM_BODY_BYTES ? { status: 413, message: FORM_TOO_LARGE_MESSAGE } : null;
}
