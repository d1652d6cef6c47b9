/** The request header that carries a page's nonce to the server components that render it. */
export const NONCE_HEADER = 'x-nonce';

/**
 * How the page's own scripts are allowed: a page rendered for this request carries a fresh nonce;
 * a page prerendered at build time cannot, so its inline scripts are allowed by their sha256.
 */
export type ScriptAllowance = { nonce: string | null; hashes: readonly string[] };

type PolicyOptions = {
  scripts: ScriptAllowance;
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
 * The Content-Security-Policy of every page. Inline scripts run only with this response's nonce or,
 * on a prerendered page, when their text has one of the page's own hashes; script files only from
 * the site itself; never any other inline script, `eval` or script from elsewhere. Styles come from
 * the site's own stylesheets (or carry the nonce); style attributes in the HTML are refused too, so a
 * component positions things with classes or SVG attributes, never `style=` in server-rendered
 * markup (React's style updates after hydration go through the CSS object model, which CSP allows).
 * Recordings play from the site or from the recorder's `blob:` take; nothing loads from elsewhere.
 */
export function buildContentSecurityPolicy({ scripts, development, https }: PolicyOptions): string {
  const nonceSources = scripts.nonce === null ? [] : [`'nonce-${scripts.nonce}'`];
  // No 'strict-dynamic': it would switch 'self' off, and a prerendered page's script files carry no
  // nonce. 'self' can run no one's upload: every file the site serves back has its own type and `nosniff`.
  const scriptSources = [...nonceSources, ...scripts.hashes.map((hash) => `'sha256-${hash}'`)];
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...scriptSources, ...(development ? ["'unsafe-eval'"] : [])],
    // A nonce makes browsers ignore 'unsafe-inline', so development (whose styles carry none) has no nonce here.
    ['style-src', "'self'", ...(development ? ["'unsafe-inline'"] : nonceSources)],
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
