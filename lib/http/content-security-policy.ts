/** The request header that carries a page's nonce to the server components that render it. */
export const NONCE_HEADER = 'x-nonce';

type PolicyOptions = {
  /** Fresh for every page response; Next.js finds it in the request's policy and puts it on its own scripts. */
  nonce: string;
  /** `next dev` evaluates code for its error overlay and injects styles without a nonce. */
  development: boolean;
  /** Only a page served over https may ask the browser to upgrade its requests. */
  https: boolean;
};

/** 128 random bits, base64: unguessable, and fresh for every response. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The Content-Security-Policy of every page. Scripts run only with this response's nonce (and what
 * those scripts load, `'strict-dynamic'`), never inline without it. Styles come from the site's own
 * stylesheets or carry the nonce; style attributes in the HTML are refused too, so a component
 * positions things with classes or SVG attributes, never `style=` in server-rendered markup
 * (React's own style updates after hydration go through the CSS object model, which CSP allows).
 * Recordings play from the site or from the recorder's `blob:` take; nothing loads from elsewhere.
 */
export function buildContentSecurityPolicy({ nonce, development, https }: PolicyOptions): string {
  const nonceSource = `'nonce-${nonce}'`;
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", nonceSource, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // A nonce makes browsers ignore 'unsafe-inline', so development (whose styles carry none) has no nonce here.
    ['style-src', "'self'", ...(development ? ["'unsafe-inline'"] : [nonceSource])],
    ['img-src', "'self'"],
    ['font-src', "'self'"],
    ['media-src', "'self'", 'blob:'],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  if (https) directives.push(['upgrade-insecure-requests']);
  return directives.map((directive) => directive.join(' ')).join('; ');
}
