/** Two years, for this host and every subdomain: the value the HSTS preload list asks for. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';

/**
 * The Strict-Transport-Security header for a site at `siteUrl`, or null when the site is not served
 * over https. The site's configured address decides, not the request: behind a proxy that ends TLS
 * the request arrives as plain http, and a forwarded protocol header is only as good as the proxy
 * that sets it. Sent over plain http (a laptop's `http://localhost`) it would be meaningless at best.
 */
export function strictTransportSecurity(siteUrl: string): string | null {
  return URL.canParse(siteUrl) && new URL(siteUrl).protocol === 'https:' ? STRICT_TRANSPORT_SECURITY : null;
}
