/** Words as a reader counts them: runs of non-space characters. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

/** "12 words", with a note when the text is outside the limits set for the question. */
export function describeWordCount(count: number, minWords: number, maxWords: number | null): string {
  const words = `${count} ${count === 1 ? 'word' : 'words'}`;
  if (maxWords !== null && count > maxWords) return `${words}: ${count - maxWords} over the limit of ${maxWords}`;
  if (count > 0 && count < minWords) return `${words}: aim for at least ${minWords}`;
  return words;
}
