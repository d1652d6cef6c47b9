/**
 * Whether a learner's free text mentions the facts a ticket field needs. Matching is forgiving of
 * form, never of substance: case, accents, punctuation and the spacing inside numbers are ignored
 * ("082 555-0142" is "0825550142"), but a phrase must appear as whole words, so "error" is not
 * found in "terror". Other wordings are listed by the author as alternatives.
 */

/** Text as compared: accents dropped, lower case, each run of other characters one space, no spaces between digits. */
export function normaliseForMatching(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en-ZA')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/(?<=\p{N}) (?=\p{N})/gu, '')
    .trim();
}

/** True when `phrase` appears in `text` as whole words, once both are normalised. */
export function mentions(text: string, phrase: string): boolean {
  const needle = normaliseForMatching(phrase);
  if (needle === '') return false;
  return ` ${normaliseForMatching(text)} `.includes(` ${needle} `);
}

export type FactCheck = { fact: string; anyOf: readonly string[]; found: boolean };

/** Each fact with whether the text mentions one of its wordings. */
export function checkFacts(text: string, facts: readonly { fact: string; anyOf: readonly string[] }[]): FactCheck[] {
  return facts.map((fact) => ({ fact: fact.fact, anyOf: fact.anyOf, found: fact.anyOf.some((phrase) => mentions(text, phrase)) }));
}
