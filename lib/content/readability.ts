/** Plain prose from lesson MDX: no frontmatter, tags, table rules or markdown marks. */
export function proseOf(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?---/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^\s*\|?[-:| ]+\|?\s*$/gm, ' ')
    .replace(/[|#*_`>]/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]e|ed)$/, '').replace(/^y/, '');
  return Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 1);
}

/** Word count and Flesch reading ease (206.835 − 1.015 × words/sentence − 84.6 × syllables/word). */
export function readability(text: string): { words: number; sentences: number; fleschReadingEase: number } {
  const words = text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  const sentences = Math.max(1, (text.match(/[.!?]+(\s|$)|\n\s*\n|:\s*\n/g) ?? []).length);
  const syllables = words.reduce((sum, word) => sum + countSyllables(word), 0);
  const score = words.length === 0 ? 0 : 206.835 - 1.015 * (words.length / sentences) - 84.6 * (syllables / words.length);
  return { words: words.length, sentences, fleschReadingEase: Math.round(score * 10) / 10 };
}
