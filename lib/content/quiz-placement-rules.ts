import type { JsxUse } from '@/lib/content/lesson-ast';
import type { Quiz } from '@/lib/quiz/schema';

/**
 * Where a lesson asks its knowledge check: each quiz once whole (`<Quiz id>`, which asks what is
 * left and keeps the score), and each question at most once beside a section (`<Quiz id questions>`).
 */
export function checkQuizPlacements(uses: readonly JsxUse[], quizzes: readonly Quiz[]): string[] {
  const problems: string[] = [];
  const placedWhole = new Set<string>();
  const questionLines = new Map<string, number | null>();
  for (const use of uses) {
    if (use.name !== 'Quiz' || use.id === null) continue;
    const quiz = quizzes.find((candidate) => candidate.id === use.id);
    if (!quiz) continue;
    const where = use.line === null ? '' : `line ${use.line}: `;
    if (use.questions === null) {
      if (placedWhole.has(quiz.id)) problems.push(`${where}<Quiz id="${quiz.id}"> is placed whole twice; place it whole once and ask single questions beside their sections with questions="…"`);
      placedWhole.add(quiz.id);
      continue;
    }
    if (use.questions.length === 0) problems.push(`${where}<Quiz id="${quiz.id}" questions=""> lists no question ids`);
    for (const questionId of use.questions) {
      const key = `${quiz.id}/${questionId}`;
      if (!quiz.questions.some((question) => question.id === questionId)) {
        problems.push(`${where}<Quiz id="${quiz.id}" questions> names "${questionId}", which is not a question of ${quiz.id}`);
      } else if (questionLines.has(key)) {
        const earlier = questionLines.get(key);
        problems.push(`${where}<Quiz id="${quiz.id}" questions> asks "${questionId}" again${earlier === null || earlier === undefined ? '' : `; it is already asked on line ${earlier}`}`);
      } else {
        questionLines.set(key, use.line);
      }
    }
  }
  for (const quiz of quizzes) {
    const usedBesideSections = uses.some((use) => use.name === 'Quiz' && use.id === quiz.id && use.questions !== null);
    if (usedBesideSections && !placedWhole.has(quiz.id)) problems.push(`<Quiz id="${quiz.id}" /> must also be placed whole, after the sections, to ask what is left and keep the score`);
  }
  return problems;
}
