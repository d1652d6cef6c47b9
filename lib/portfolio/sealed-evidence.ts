import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { evidence } from '@/lib/db/schema';
import type { MatrixPiece } from '@/lib/portfolio/evidence-matrix';
import { toMatrixPiece } from '@/lib/portfolio/read-evidence';

/**
 * The pieces a signed judgement sealed (its `evidenceIds`), as they stood when it was signed. Every
 * sealed piece counted then, so one withdrawn since still stands behind that judgement: it is read
 * as put forward, never dropped from the record the judgement made.
 */
export async function readSealedEvidence(db: Pick<DbOrTx, 'select'>, evidenceIds: readonly string[]): Promise<MatrixPiece[]> {
  if (evidenceIds.length === 0) return [];
  const rows = await db.select().from(evidence).where(inArray(evidence.id, [...evidenceIds]));
  return rows.map(toMatrixPiece).map((piece) => (piece.state === 'withdrawn' ? { ...piece, state: 'submitted' as const } : piece));
}
