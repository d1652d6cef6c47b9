import type { DbOrTx } from '@/lib/audit/write-audit';
import type { JudgementRules } from '@/lib/assessing/record-judgement';
import { buildEvidenceMatrix, type EvidenceMatrix } from '@/lib/portfolio/evidence-matrix';
import { readEvidenceForAttempt } from '@/lib/portfolio/read-evidence';
import { readSealedEvidence } from '@/lib/portfolio/sealed-evidence';

type Input = {
  enrolmentId: string;
  submissionId: string;
  /** The attempt's latest signed judgement, if any: its sealed evidence, standing as when it was signed. */
  sealed: { evidenceIds: readonly string[]; signedAt: Date } | null;
  now: Date;
};

/**
 * The evidence matrix of one attempt: once signed, the evidence the judgement sealed as it stood
 * then; before that, the attempt's evidence now, exactly as the signature will be checked.
 */
export async function matrixForAttempt(db: Pick<DbOrTx, 'select'>, rules: JudgementRules, { enrolmentId, submissionId, sealed, now }: Input): Promise<EvidenceMatrix> {
  if (sealed) return buildEvidenceMatrix(await readSealedEvidence(db, sealed.evidenceIds), rules.criteria, rules.sufficiency, sealed.signedAt);
  return buildEvidenceMatrix(await readEvidenceForAttempt(db, enrolmentId, submissionId), rules.criteria, rules.sufficiency, now);
}

/** Only the rows of the criteria in `codes` (those an attempt's items serve), in the matrix's order. */
export function rowsFor(matrix: EvidenceMatrix, codes: ReadonlySet<string>): EvidenceMatrix {
  const rows = matrix.rows.filter((row) => codes.has(row.code));
  return { methods: matrix.methods.filter((method) => rows.some((row) => row.cells[method].length > 0)), rows, allMet: rows.every((row) => row.sufficiency.met) };
}
