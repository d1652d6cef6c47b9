import type { EvidenceMethod } from '@/lib/db/schema/portfolio';
import { METHOD_ORDER } from '@/lib/portfolio/methods';
import { type CriterionSufficiency, type EvidencePiece, evaluateCriterion } from '@/lib/portfolio/sufficiency';
import type { SufficiencyFile } from '@/lib/portfolio/sufficiency-schema';

/** A piece as the matrix shows it: enough to list it and link to its detail. */
export type MatrixPiece = EvidencePiece & {
  title: string;
  attesterRole: 'learner' | 'assessor' | 'witness' | 'system';
  attesterName: string;
  submissionId: string | null;
  detailId: string | null;
};

export type MatrixRow = {
  code: string;
  text: string;
  /** Pieces claiming this criterion, by method (drafts and withdrawn pieces left out). */
  cells: Record<EvidenceMethod, MatrixPiece[]>;
  sufficiency: CriterionSufficiency;
};

export type EvidenceMatrix = { methods: EvidenceMethod[]; rows: MatrixRow[]; allMet: boolean };

/**
 * The evidence matrix, criterion × method, with each criterion's standing against its sufficiency
 * rule: the one read model the learner, the assessor, the moderator and the record all show.
 */
export function buildEvidenceMatrix(pieces: readonly MatrixPiece[], criteria: readonly { code: string; text: string }[], sufficiency: SufficiencyFile, now: Date): EvidenceMatrix {
  const shown = pieces.filter((piece) => piece.state !== 'draft' && piece.state !== 'withdrawn');
  const rows = criteria.map(({ code, text }) => {
    const cells = Object.fromEntries(METHOD_ORDER.map((method) => [method, shown.filter((piece) => piece.method === method && piece.criteria.includes(code))])) as Record<EvidenceMethod, MatrixPiece[]>;
    return { code, text, cells, sufficiency: evaluateCriterion(code, pieces, sufficiency, now) };
  });
  const used = METHOD_ORDER.filter((method) => rows.some((row) => row.cells[method].length > 0));
  return { methods: used, rows, allMet: rows.every((row) => row.sufficiency.met) };
}
