/** Below this share of the automatically marked questions, a Competent decision counts as borderline. */
export const BORDERLINE_AUTO_SCORE = 0.7;

export type BorderlineInput = {
  outcome: 'competent' | 'not_yet_competent';
  /** Average of the automatically marked questions, 0–1; null when there were none. */
  autoAverage: number | null;
  /** Criteria the assessor judged not yet met. */
  notMet: readonly string[];
};

/**
 * Why a decision is a borderline case, in words a moderator can check against the record, or null
 * when it is not one: Competent although the automatically marked questions scored under 70%, or
 * Not Yet Competent on a single criterion.
 */
export function explainBorderline({ outcome, autoAverage, notMet }: BorderlineInput): string | null {
  if (outcome === 'competent') {
    if (autoAverage === null || autoAverage >= BORDERLINE_AUTO_SCORE) return null;
    const percent = Math.floor(autoAverage * 100);
    return `Competent on every criterion, but the automatically marked questions scored ${percent}%, under the ${BORDERLINE_AUTO_SCORE * 100}% below which a Competent decision is borderline`;
  }
  if (notMet.length !== 1) return null;
  return `Not Yet Competent on one criterion only (${notMet[0]}): one judgement decides the result`;
}
