import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { hashWitnessToken, isWellFormedToken, newWitnessToken } from '@/lib/portfolio/witness/witness-token';

test('a new token is 43 base64url characters: 256 random bits, at least the 128 required', () => {
  const { token } = newWitnessToken();
  expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(Buffer.from(token, 'base64url').length * 8).toBe(256);
});

test('tokens do not repeat', () => {
  const tokens = new Set(Array.from({ length: 1000 }, () => newWitnessToken().token));
  expect(tokens.size).toBe(1000);
});

test('the hash kept for a token is its sha256 in hex, and never the token itself', () => {
  const { token, hash } = newWitnessToken();
  expect(hash).toBe(createHash('sha256').update(token).digest('hex'));
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
  expect(hash).not.toContain(token);
  expect(hashWitnessToken(token)).toBe(hash);
});

test('a token altered by one character hashes to something else entirely', () => {
  const { token, hash } = newWitnessToken();
  const altered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
  expect(hashWitnessToken(altered)).not.toBe(hash);
});

test('only a whole token is well formed: cut short, padded, or with other characters it is refused', () => {
  const { token } = newWitnessToken();
  expect(isWellFormedToken(token)).toBe(true);
  expect(isWellFormedToken(token.slice(0, 42))).toBe(false);
  expect(isWellFormedToken(`${token}=`)).toBe(false);
  expect(isWellFormedToken(`${token.slice(0, 42)}+`)).toBe(false);
  expect(isWellFormedToken(`${token.slice(0, 42)}%`)).toBe(false);
  expect(isWellFormedToken('thank-you')).toBe(false);
  expect(isWellFormedToken('')).toBe(false);
});
