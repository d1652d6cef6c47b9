import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes: 256 bits, far beyond guessing, written as 43 base64url characters. */
const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The secret in a link that stands for a person (a witness's testimony, a password link): a new
 * token and the hash that is all the database ever keeps of it.
 */
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  return { token, hash: hashLinkToken(token) };
}

/** The sha256 of a token (hex): links are found by this, never by the token itself. */
export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether a value from a URL could be a token at all; anything else is refused before the database is asked. */
export function isWellFormedToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}
