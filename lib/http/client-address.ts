/** The client's address as the server saw it (the first hop of X-Forwarded-For), for rate limits. */
export function clientAddress(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'local';
}
