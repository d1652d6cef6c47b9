import type { JsxUse } from '@/lib/content/lesson-ast';

/** For each knowledge check, the ids of its questions a lesson places beside sections with `<Quiz id questions="…">`. */
export type QuestionPlacements = ReadonlyMap<string, ReadonlySet<string>>;

export function questionPlacements(uses: readonly JsxUse[]): QuestionPlacements {
  const placed = new Map<string, Set<string>>();
  for (const use of uses) {
    if (use.name !== 'Quiz' || use.id === null || use.questions === null) continue;
    const ids = placed.get(use.id) ?? new Set<string>();
    for (const questionId of use.questions) ids.add(questionId);
    placed.set(use.id, ids);
  }
  return placed;
}
