import { expect, test } from 'vitest';
import nextConfig from '@/next.config';

// A password link's token is in the page's address: the policy that keeps it out of a Referer header
// must apply there, and after the site-wide rule (for the same header, the later rule wins).
test('the set-password pages are sent with Referrer-Policy: no-referrer and noindex, overriding the site-wide policy', async () => {
  const rules = (await nextConfig.headers?.()) ?? [];
  const siteWide = rules.findIndex((rule) => rule.source === '/:path*');
  const setPassword = rules.findIndex((rule) => rule.source === '/set-password/:path*');
  expect(siteWide).toBeGreaterThanOrEqual(0);
  expect(setPassword).toBeGreaterThan(siteWide);
  const headers = Object.fromEntries((rules[setPassword]?.headers ?? []).map((header) => [header.key, header.value]));
  expect(headers).toMatchObject({ 'Referrer-Policy': 'no-referrer', 'X-Robots-Tag': 'noindex, nofollow' });
});
