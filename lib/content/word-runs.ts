import { createHash } from 'node:crypto';

/** The length of a word run that counts as copied text. */
export const COPIED_RUN_LENGTH = 8;

/** Lower-case words with markup, punctuation and apostrophes removed, so formatting cannot hide a copied sentence. */
export function normaliseWords(text: string): string[] {
  return text
    .replace(/<[^>]*>/g, ' ')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

export function fingerprint(words: readonly string[]): string {
  return createHash('sha256').update(words.join(' ')).digest('hex').slice(0, 16);
}

/** Every run of `length` consecutive words, as fingerprints with the run's first word index. */
export function wordRunFingerprints(text: string, length = COPIED_RUN_LENGTH): { hash: string; index: number; words: string[] }[] {
  const words = normaliseWords(text);
  const runs: { hash: string; index: number; words: string[] }[] = [];
  for (let index = 0; index + length <= words.length; index += 1) {
    const run = words.slice(index, index + length);
    runs.push({ hash: fingerprint(run), index, words: run });
  }
  return runs;
}
