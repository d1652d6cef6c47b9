import { expect, test } from 'vitest';
import { expiryFor, invitationState } from '@/lib/portfolio/witness/invitation-state';

const issued = new Date('2026-03-02T08:00:00.000Z');
const expiresAt = expiryFor(issued, 14);
const before = new Date('2026-03-10T08:00:00.000Z');
const after = new Date('2026-03-20T08:00:00.000Z');

test('a link expires the given number of whole days after it is issued', () => {
  expect(expiresAt.toISOString()).toBe('2026-03-16T08:00:00.000Z');
});

test('a link neither used nor revoked waits until its expiry, and is expired from that very moment', () => {
  expect(invitationState({ expiresAt, usedAt: null, revokedAt: null }, before)).toBe('waiting');
  expect(invitationState({ expiresAt, usedAt: null, revokedAt: null }, new Date(expiresAt.getTime() - 1))).toBe('waiting');
  expect(invitationState({ expiresAt, usedAt: null, revokedAt: null }, expiresAt)).toBe('expired');
  expect(invitationState({ expiresAt, usedAt: null, revokedAt: null }, after)).toBe('expired');
});

test('a used link stays used, also after the date it would have expired', () => {
  const usedAt = new Date('2026-03-05T10:00:00.000Z');
  expect(invitationState({ expiresAt, usedAt, revokedAt: null }, before)).toBe('used');
  expect(invitationState({ expiresAt, usedAt, revokedAt: null }, after)).toBe('used');
});

test('a revoked link stays revoked, also after the date it would have expired', () => {
  const revokedAt = new Date('2026-03-04T10:00:00.000Z');
  expect(invitationState({ expiresAt, usedAt: null, revokedAt }, before)).toBe('revoked');
  expect(invitationState({ expiresAt, usedAt: null, revokedAt }, after)).toBe('revoked');
});
