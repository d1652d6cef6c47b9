import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L or 5/S: a code read off paper is typed back without mistakes.
const ALPHABET = '2346789ABCDEFGHJKMNPQRTUVWXYZ';

/** A random code such as K7P2-9XQM-4TD8 (about 58 bits), printed on a final record. */
export function newVerificationCode(): string {
  const characters = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)] ?? '2');
  return [characters.slice(0, 4), characters.slice(4, 8), characters.slice(8)].map((group) => group.join('')).join('-');
}

/** A code as typed by a person: case and separators do not matter. */
export function normaliseVerificationCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  if (!/^[2346789ABCDEFGHJKMNPQRTUVWXYZ]{12}$/.test(compact)) return null;
  return `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8)}`;
}
