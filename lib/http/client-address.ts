import { isIPv4, isIPv6 } from 'node:net';
import { env } from '@/lib/env';

/**
 * The connection's own address, written by the app's server (scripts/serve.mjs) into every request
 * and replacing any header of that name the client sent. Next.js gives route handlers, server
 * actions and the proxy no access to the socket, and its own X-Forwarded-For is the client's when
 * the client sent one, so this header is the only un-spoofable source.
 */
export const CLIENT_ADDRESS_HEADER = 'x-course-client-address';

/** Set on globalThis by scripts/serve.mjs, in the same process: the header above is then the server's, never the client's. */
export const SERVER_SETS_CLIENT_ADDRESS = Symbol.for('course.server-sets-client-address');

/** Every request that cannot be told apart shares this key (a server started some other way, such as `next dev`). */
export const UNKNOWN_CLIENT = 'unknown';

export type AddressTrust = { trustedHops: number; serverSetsAddress: boolean };

/** TRUSTED_PROXY_HOPS: how many proxies of our own stand in front of the app (default 0, trust no forwarded header). */
export function trustedProxyHops(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 0;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to 10, not "${value}"`);
  return hops;
}

export function addressTrustFromEnvironment(): AddressTrust {
  const marked = (globalThis as Record<symbol, unknown>)[SERVER_SETS_CLIENT_ADDRESS] === true;
  return { trustedHops: env().trustedProxyHops, serverSetsAddress: marked };
}

/**
 * Who a request comes from, for rate limits. With N trusted hops each of our proxies appended the
 * address it was connected from, so the Nth entry from the right of X-Forwarded-For is the last one
 * our own proxies vouch for; everything left of it is what the client wrote and is ignored. With no
 * trusted hops (or a chain shorter than promised) it is the socket's address.
 */
export function clientAddress(headers: Headers, trust: AddressTrust = addressTrustFromEnvironment()): string {
  if (trust.trustedHops > 0) {
    const chain = (headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry.length > 0);
    const vouched = chain[chain.length - trust.trustedHops];
    if (vouched) return networkKey(vouched);
  }
  const socket = trust.serverSetsAddress ? headers.get(CLIENT_ADDRESS_HEADER) : null;
  return socket ? networkKey(socket) : UNKNOWN_CLIENT;
}

/** IPv6 groups of an address, eight of them, or null when it is not one. */
function ipv6Groups(address: string): number[] | null {
  if (!isIPv6(address)) return null;
  const [head = '', tail] = address.split('::');
  const parse = (part: string) => (part === '' ? [] : part.split(':').flatMap((group) => (group.includes('.') ? [0, 0] : [Number.parseInt(group, 16)])));
  const before = parse(head);
  const after = tail === undefined ? [] : parse(tail);
  return [...before, ...Array.from({ length: 8 - before.length - after.length }, () => 0), ...after];
}

/**
 * One key per client network: an IPv4 address as it is (an IPv4-mapped IPv6 address too), an IPv6
 * address by its /64, which is what one household or server is given, so rotating through its
 * 2^64 addresses is still one client.
 */
export function networkKey(raw: string): string {
  const address = raw.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  if (isIPv4(address)) return address;
  const groups = ipv6Groups(address);
  if (groups) return `${groups.slice(0, 4).map((group) => group.toString(16)).join(':')}::/64`;
  return `other:${address.slice(0, 64)}`;
}
