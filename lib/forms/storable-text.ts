import { z } from 'zod';

/**
 * PostgreSQL text cannot hold a NUL character, and its JSON types refuse a lone UTF-16 surrogate
 * (half of a pair, which no real character is); both reach the database as a failed query.
 * Text with either is refused at the boundary instead, with a message that says why.
 */
export const UNSTORABLE_TEXT_MESSAGE = 'This contains a character that cannot be saved (a NUL byte or a broken Unicode character): remove it and try again.';

// A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding the NUL is this pattern's purpose.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/** A string the database can store: every free-text field of a form or JSON body is one of these. */
export function storableText(params: { error?: string } = {}) {
  return z.string(params).refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);
}

/** Every id this app creates is a UUID; anything else cannot name a record, so it finds nothing. */
export const RecordIdSchema = z.uuid({ error: 'There is no such record.' });

export function isRecordId(value: unknown): value is string {
  return RecordIdSchema.safeParse(value).success;
}

/**
 * Where in a parsed JSON value (keys included) the first unstorable text is, as a dotted path
 * ('' for the value itself), or null when all of it can be stored.
 */
export function unstorablePath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, inner] of Object.entries(value)) {
    const at = path === '' ? key : `${path}.${key}`;
    if (!isStorableText(key)) return at;
    const found = unstorablePath(inner, at);
    if (found !== null) return found;
  }
  return null;
}
