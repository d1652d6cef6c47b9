import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes: 256 bits, far beyond guessing, written as 43 base64url characters. */
const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A new witness token and the hash that is all the database ever keeps of it. */
export function newWitnessToken(): { token: string; hash: string } {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  return { token, hash: hashWitnessToken(token) };
}

/** The sha256 of a token (hex): invitations are found by this, never by the token itself. */
export function hashWitnessToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether a value from a URL could be a token at all; anything else is refused before the database is asked. */
export function isWellFormedToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/** The address a witness opens; the token is shown once to the learner and never stored. */
export function witnessLinkPath(token: string): string {
  return `/witness/${token}`;
}
