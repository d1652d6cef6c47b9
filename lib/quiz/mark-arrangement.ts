import { MarkingError, type MarkResult, markedResult } from '@/lib/quiz/mark-types';
import type { MatchingQuestion, OrderingQuestion } from '@/lib/quiz/schema';

/** Ordering and matching: the learner arranges the author's items. Rules are stated in mark.ts. */

export function markOrdering(question: OrderingQuestion, order: readonly string[]): MarkResult {
  const position = new Map(question.items.map((item, index) => [item.id, index] as const));
  const seen = new Set<string>();
  const ranks: number[] = [];
  for (const id of order) {
    const rank = position.get(id);
    if (rank === undefined) throw new MarkingError(question.id, `"${id}" is not one of its items`);
    if (seen.has(id)) throw new MarkingError(question.id, `the order repeats item "${id}"`);
    seen.add(id);
    ranks.push(rank);
  }
  const left = question.items.filter((item) => !seen.has(item.id)).map((item) => `"${item.id}"`);
  if (left.length > 0) throw new MarkingError(question.id, `the order leaves out ${left.join(', ')}`);

  const kept = new Set(longestIncreasingRun(ranks));
  const n = question.items.length;
  const score = n > 1 ? (kept.size - 1) / (n - 1) : 1;
  if (score === 1) return markedResult(1, [question.explanation]);
  const misplaced = question.items.filter((_, index) => !kept.has(index)).map((item) => `"${item.text}"`);
  return markedResult(score, [
    `${misplaced.length} of ${n} items ${misplaced.length === 1 ? 'is' : 'are'} out of place: ${misplaced.join(', ')}.`,
    `The right order is: ${question.items.map((item, index) => `${index + 1}. ${item.text}`).join('; ')}.`,
    question.explanation,
  ]);
}

/**
 * The values of one longest strictly increasing subsequence: the items already in the right
 * relative order. Quadratic, which is plenty for a question's handful of items.
 */
export function longestIncreasingRun(values: readonly number[]): number[] {
  // For each position: the longest run ending there, and the position before it in that run.
  const runs: { length: number; previous: number }[] = [];
  values.forEach((value, index) => {
    let run = { length: 1, previous: -1 };
    runs.forEach((earlier, earlierIndex) => {
      const earlierValue = values[earlierIndex];
      if (earlierValue !== undefined && earlierValue < value && earlier.length + 1 > run.length) {
        run = { length: earlier.length + 1, previous: earlierIndex };
      }
    });
    runs[index] = run;
  });
  let end = -1;
  runs.forEach((run, index) => {
    if (end === -1 || run.length > (runs[end]?.length ?? 0)) end = index;
  });
  const result: number[] = [];
  for (let index = end; index !== -1; index = runs[index]?.previous ?? -1) {
    const value = values[index];
    if (value !== undefined) result.unshift(value);
  }
  return result;
}

export function markMatching(question: MatchingQuestion, matches: Readonly<Record<string, string>>): MarkResult {
  const pairIds = new Set(question.pairs.map((pair) => pair.id));
  const choiceText = new Map(question.choices.map((choice) => [choice.id, choice.text] as const));
  for (const [pairId, choiceId] of Object.entries(matches)) {
    if (!pairIds.has(pairId)) throw new MarkingError(question.id, `"${pairId}" is not one of its pairs`);
    if (!choiceText.has(choiceId)) throw new MarkingError(question.id, `"${choiceId}" is not one of its choices`);
  }
  let right = 0;
  const feedback: string[] = [];
  for (const pair of question.pairs) {
    const chosen = Object.hasOwn(matches, pair.id) ? matches[pair.id] : undefined;
    const answer = `"${pair.text}" goes with "${choiceText.get(pair.match) ?? pair.match}"`;
    if (chosen === pair.match) right += 1;
    else if (chosen === undefined) feedback.push(`${answer}; you left it unmatched.`);
    else feedback.push(`${answer}, not "${choiceText.get(chosen) ?? chosen}".`);
  }
  feedback.push(question.explanation);
  return markedResult(right / question.pairs.length, feedback);
}
