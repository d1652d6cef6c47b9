import { expect, test } from 'vitest';
import { CLIENT_ADDRESS_HEADER, clientAddress, networkKey, trustedProxyHops, UNKNOWN_CLIENT } from '@/lib/http/client-address';

const fromSocket = (socket: string, forwardedFor?: string) => new Headers({ [CLIENT_ADDRESS_HEADER]: socket, ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) });
const noProxy = { trustedHops: 0, serverSetsAddress: true };

test('with no trusted proxy the socket address counts and any X-Forwarded-For is ignored', () => {
  const seen = new Set(['192.0.2.1', '192.0.2.2', '10.0.0.1, 192.0.2.3'].map((rotated) => clientAddress(fromSocket('198.51.100.9', rotated), noProxy)));
  expect([...seen]).toEqual(['198.51.100.9']);
});

test('with one trusted proxy the address it appended counts, not what the client wrote before it', () => {
  const oneHop = { trustedHops: 1, serverSetsAddress: true };
  expect(clientAddress(fromSocket('10.0.0.2', '6.6.6.6, 203.0.113.5'), oneHop)).toBe('203.0.113.5');
  expect(clientAddress(fromSocket('10.0.0.2', '203.0.113.5'), oneHop)).toBe('203.0.113.5');
  expect(clientAddress(fromSocket('10.0.0.2', '1.1.1.1, 2.2.2.2, 203.0.113.5'), oneHop)).toBe('203.0.113.5');
});

test('with two trusted proxies the second address from the right counts', () => {
  expect(clientAddress(fromSocket('10.0.0.2', '6.6.6.6, 203.0.113.5, 10.0.0.3'), { trustedHops: 2, serverSetsAddress: true })).toBe('203.0.113.5');
});

test('a forwarded chain shorter than the trusted hops falls back to the socket', () => {
  expect(clientAddress(fromSocket('10.0.0.2'), { trustedHops: 1, serverSetsAddress: true })).toBe('10.0.0.2');
  expect(clientAddress(fromSocket('10.0.0.2', '203.0.113.5'), { trustedHops: 2, serverSetsAddress: true })).toBe('10.0.0.2');
});

test('the address header is not believed unless the app’s own server set it', () => {
  expect(clientAddress(fromSocket('192.0.2.44', '192.0.2.45'), { trustedHops: 0, serverSetsAddress: false })).toBe(UNKNOWN_CLIENT);
});

test('IPv6 clients count by their /64 network and IPv4-mapped addresses as IPv4', () => {
  expect(networkKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
  expect(networkKey('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
  expect(networkKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
  expect(networkKey('[::1]')).toBe('0:0:0:0::/64');
  expect(networkKey('::ffff:127.0.0.1')).toBe('127.0.0.1');
  expect(networkKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
});

test('TRUSTED_PROXY_HOPS defaults to none and refuses nonsense', () => {
  expect(trustedProxyHops(undefined)).toBe(0);
  expect(trustedProxyHops('')).toBe(0);
  expect(trustedProxyHops('2')).toBe(2);
  expect(() => trustedProxyHops('-1')).toThrow(/TRUSTED_PROXY_HOPS/);
  expect(() => trustedProxyHops('yes')).toThrow(/TRUSTED_PROXY_HOPS/);
});
