import { expect, test } from 'vitest';
import { safeNextPath } from '@/lib/auth/safe-next';

test('paths on this site are followed after sign-in, normalised as a browser would', () => {
  expect(safeNextPath('/learn')).toBe('/learn');
  expect(safeNextPath('/assess/abc?page=2#queue')).toBe('/assess/abc?page=2#queue');
  expect(safeNextPath('/lessons/../record')).toBe('/record');
  expect(safeNextPath('/verify/%2F%2Fevil.example.com')).toBe('/verify/%2F%2Fevil.example.com');
  expect(safeNextPath('/caf\u00e9')).toBe('/caf%C3%A9');
});

// Forms that browsers (or the URL parser they share) turn into another origin, or that cannot be sent as a Location header.
const BYPASSES = [
  '//evil.example.com',
  '///evil.example.com',
  '////evil.example.com',
  '/\\evil.example.com',
  '/\\/evil.example.com',
  '\\\\evil.example.com',
  '\\/evil.example.com',
  '/\t/evil.example.com',
  '/\n/evil.example.com',
  '/\r\n/evil.example.com',
  '\t//evil.example.com',
  ' //evil.example.com',
  '/\u0000/evil.example.com',
  'https://evil.example.com',
  'HTTPS://evil.example.com',
  'https:evil.example.com',
  'http:/evil.example.com',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'evil.example.com',
  '%2F%2Fevil.example.com',
  '/\ud800',
  `/${'a'.repeat(2001)}`,
  '',
];

test('every known bypass form of an open redirect is refused', () => {
  for (const value of BYPASSES) expect(safeNextPath(value), JSON.stringify(value)).toBeNull();
});

test('look-alike slashes stay inside the site as encoded path characters', () => {
  for (const value of ['/\uff0fevil.example.com', '/\u2215evil.example.com', '/\u2044evil.example.com', '/%2fevil.example.com', '/%5cevil.example.com']) {
    const path = safeNextPath(value);
    expect(path, JSON.stringify(value)).not.toBeNull();
    expect(new URL(path ?? '', 'https://courses.example.co.za').origin, JSON.stringify(value)).toBe('https://courses.example.co.za');
  }
});

test('anything that is not a string is refused', () => {
  for (const value of [null, undefined, 42, ['/learn'], { toString: () => '/learn' }]) expect(safeNextPath(value)).toBeNull();
});
