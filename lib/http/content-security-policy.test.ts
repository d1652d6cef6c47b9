import { expect, test } from 'vitest';
import { buildContentSecurityPolicy, createNonce } from '@/lib/http/content-security-policy';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

const production = directives(buildContentSecurityPolicy({ scripts: { nonce: 'abc123', hashes: [] }, development: false, https: false }));

test('scripts run only from the site’s files or with the response nonce, never inline without it or from eval', () => {
  expect(production.get('script-src')).toEqual(["'self'", "'nonce-abc123'"]);
  const all = [...production.values()].flat();
  expect(all).not.toContain("'unsafe-inline'");
  expect(all).not.toContain("'unsafe-eval'");
  expect(all).not.toContain("'unsafe-hashes'");
});

test('styles come from the site or carry the nonce; style attributes fall back to the same rule', () => {
  expect(production.get('style-src')).toEqual(["'self'", "'nonce-abc123'"]);
  expect(production.has('style-src-attr')).toBe(false);
});

test('nothing loads from elsewhere, plugins are off, and no other site may frame the page', () => {
  expect(production.get('default-src')).toEqual(["'self'"]);
  expect(production.get('object-src')).toEqual(["'none'"]);
  expect(production.get('base-uri')).toEqual(["'self'"]);
  expect(production.get('form-action')).toEqual(["'self'"]);
  expect(production.get('frame-ancestors')).toEqual(["'none'"]);
  expect(production.get('connect-src')).toEqual(["'self'"]);
  expect(production.get('img-src')).toEqual(["'self'"]);
});

test('recordings play from the site or from the recorder’s blob: take', () => {
  expect(production.get('media-src')).toEqual(["'self'", 'blob:']);
});

test('requests are upgraded to https only on a site served over https', () => {
  expect(production.has('upgrade-insecure-requests')).toBe(false);
  const secure = directives(buildContentSecurityPolicy({ scripts: { nonce: 'abc123', hashes: [] }, development: false, https: true }));
  expect(secure.get('upgrade-insecure-requests')).toEqual([]);
});

test('the development server may evaluate code and inject styles; production may not', () => {
  const development = directives(buildContentSecurityPolicy({ scripts: { nonce: 'abc123', hashes: [] }, development: true, https: false }));
  expect(development.get('script-src')).toContain("'unsafe-eval'");
  // With a nonce present browsers ignore 'unsafe-inline', so development's style rule has none.
  expect(development.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
});

test('every nonce is fresh, 128 bits, and safe inside the header', () => {
  const nonces = Array.from({ length: 1000 }, createNonce);
  expect(new Set(nonces).size).toBe(1000);
  for (const nonce of nonces) {
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  }
});

test('a prerendered page runs only its own inline scripts, by hash, and the site’s script files', () => {
  const prerendered = directives(buildContentSecurityPolicy({ scripts: { nonce: null, hashes: ['AAA=', 'BBB='] }, development: false, https: false }));
  expect(prerendered.get('script-src')).toEqual(["'self'", "'sha256-AAA='", "'sha256-BBB='"]);
  expect(prerendered.get('style-src')).toEqual(["'self'"]);
  expect([...prerendered.values()].flat().some((source) => source.startsWith("'nonce-"))).toBe(false);
  expect(prerendered.get('object-src')).toEqual(["'none'"]);
  expect(prerendered.get('frame-ancestors')).toEqual(["'none'"]);
});

test('a page rendered per request may also run the prerendered “not found” page’s scripts, by hash', () => {
  const policy = directives(buildContentSecurityPolicy({ scripts: { nonce: 'abc123', hashes: ['NF='] }, development: false, https: false }));
  expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc123'", "'sha256-NF='"]);
  expect(policy.get('style-src')).toEqual(["'self'", "'nonce-abc123'"]);
});
