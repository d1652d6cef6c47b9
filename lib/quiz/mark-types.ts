/** What marking one answer produces. Shared by the formative feedback in the browser and the server marker. */
export type MarkResult = {
  /** 0 to 1; partial credit where the question type allows it (see mark.ts). */
  score: number;
  /** True only for full marks. */
  correct: boolean;
  /** 'needs-assessor' for written answers: no automatic score counts towards competence. */
  status: 'marked' | 'needs-assessor';
  /** One line per part that a learner can act on, e.g. which option was wrong and why. */
  feedback: string[];
};

/** A response that does not fit its question (unknown option id, wrong shape, wrong type). */
export class MarkingError extends Error {
  constructor(
    readonly questionId: string,
    message: string,
  ) {
    super(`Question "${questionId}": ${message}`);
    this.name = 'MarkingError';
  }
}

/** An automatic mark; full marks, and only full marks, count as correct. */
export function markedResult(score: number, feedback: string[]): MarkResult {
  return { score, correct: score === 1, status: 'marked', feedback };
}
