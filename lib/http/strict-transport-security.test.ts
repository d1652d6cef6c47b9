import { expect, test } from 'vitest';
import { STRICT_TRANSPORT_SECURITY, strictTransportSecurity } from '@/lib/http/strict-transport-security';

test('a site served over https asks browsers to use https for two years, subdomains included', () => {
  expect(strictTransportSecurity('https://courses.example.co.za')).toBe('max-age=63072000; includeSubDomains');
  expect(strictTransportSecurity('HTTPS://courses.example.co.za:8443/base')).toBe(STRICT_TRANSPORT_SECURITY);
});

test('a site on plain http, such as localhost, sends no HSTS', () => {
  expect(strictTransportSecurity('http://localhost:3000')).toBeNull();
  expect(strictTransportSecurity('http://courses.example.co.za')).toBeNull();
});

test('an address that only looks like https is not taken for it', () => {
  expect(strictTransportSecurity('http://https.example.co.za')).toBeNull();
  expect(strictTransportSecurity('https//courses.example.co.za')).toBeNull();
  expect(strictTransportSecurity('')).toBeNull();
});
