/** An ILIKE pattern that finds the words anywhere; %, _ and \ in them are matched as themselves, not as wildcards. */
export function containsPattern(words: string): string {
  return `%${words.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
