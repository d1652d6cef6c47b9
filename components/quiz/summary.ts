import { answerKey, type QuestionAttempt } from '@/components/progress/progress-store';
import type { Quiz } from '@/lib/quiz/schema';

/** What a score needs of a knowledge check: its id, and each question's id and type. */
export type ScoredQuiz = { id: Quiz['id']; questions: readonly Pick<Quiz['questions'][number], 'id' | 'type'>[] };

export type QuizSummary = {
  /** Questions that get an automatic score: all but written answers. */
  scored: number;
  answered: number;
  /** Answers with full marks. */
  correct: number;
  /** Written answers: saved for comparison with a model answer, never scored. */
  written: number;
  writtenAnswered: number;
};

export function summariseQuiz(quiz: ScoredQuiz, answers: Readonly<Record<string, QuestionAttempt>>): QuizSummary {
  const summary: QuizSummary = { scored: 0, answered: 0, correct: 0, written: 0, writtenAnswered: 0 };
  for (const question of quiz.questions) {
    const key = answerKey(quiz.id, question.id);
    const attempt = Object.hasOwn(answers, key) ? answers[key] : undefined;
    // An answer saved for an earlier version of a question, of another type, no longer counts.
    const answered = attempt !== undefined && attempt.response.type === question.type;
    if (question.type === 'written') {
      summary.written += 1;
      if (answered) summary.writtenAnswered += 1;
      continue;
    }
    summary.scored += 1;
    if (!answered) continue;
    summary.answered += 1;
    if (attempt.score >= 1) summary.correct += 1;
  }
  return summary;
}

export function describeSummary(summary: QuizSummary): string[] {
  const lines: string[] = [];
  if (summary.scored > 0) {
    lines.push(`You have answered ${summary.answered} of ${summary.scored}; ${summary.correct} correct.`);
  }
  if (summary.written > 0) {
    lines.push(`Written answers (not scored): ${summary.writtenAnswered} of ${summary.written} done.`);
  }
  return lines;
}
