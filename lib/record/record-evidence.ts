import type { MatrixPiece } from '@/lib/portfolio/evidence-matrix';
import { methodLabel } from '@/lib/portfolio/methods';
import { describeRule, evaluateCriterion } from '@/lib/portfolio/sufficiency';
import type { SufficiencyFile } from '@/lib/portfolio/sufficiency-schema';
import type { RecordOfLearning } from '@/lib/record/record-schema';

export type RecordCriterionEvidence = NonNullable<RecordOfLearning['outcomes'][number]['criteria'][number]['evidence']>;

/**
 * What the record says of one criterion's evidence: the pieces that count towards its rule at `at`
 * (when the judgement was signed, or now before signing), oldest first, and whether the rule is met.
 */
export function criterionEvidence(code: string, pieces: readonly MatrixPiece[], sufficiency: SufficiencyFile, at: Date): RecordCriterionEvidence {
  const result = evaluateCriterion(code, pieces, sufficiency, at);
  const counted = new Set(result.counted.map((piece) => piece.id));
  return {
    ruleMet: result.met,
    rule: describeRule(result.rule),
    pieces: pieces
      .filter((piece) => counted.has(piece.id))
      .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.title.localeCompare(b.title))
      .map((piece) => ({
        method: piece.method,
        methodLabel: methodLabel(piece.method),
        title: piece.title,
        occurredAt: piece.occurredAt.toISOString(),
        attesterName: piece.attesterName,
        attesterRole: piece.attesterRole,
      })),
  };
}
