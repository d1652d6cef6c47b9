import { and, eq, isNull, ne, or } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { evidence } from '@/lib/db/schema';
import type { MatrixPiece } from '@/lib/portfolio/evidence-matrix';

/**
 * The evidence that stands behind a judgement of one attempt: the enrolment's workplace and
 * practical evidence (not tied to an attempt) plus what this attempt itself produced. Earlier
 * attempts' answers were judged with those attempts; withdrawn pieces are kept only for the audit trail.
 */
export async function readEvidenceForAttempt(db: Pick<DbOrTx, 'select'>, enrolmentId: string, submissionId: string | null): Promise<MatrixPiece[]> {
  const rows = await db
    .select()
    .from(evidence)
    .where(
      and(
        eq(evidence.enrolmentId, enrolmentId),
        ne(evidence.state, 'withdrawn'),
        submissionId ? or(isNull(evidence.submissionId), eq(evidence.submissionId, submissionId)) : isNull(evidence.submissionId),
      ),
    );
  return rows.map(toMatrixPiece);
}

/** A stored evidence row as the matrix and the sufficiency rules read it. */
export function toMatrixPiece(row: typeof evidence.$inferSelect): MatrixPiece {
  return {
    id: row.id,
    method: row.method,
    criteria: row.criteria,
    channel: row.channel,
    state: row.state,
    occurredAt: row.occurredAt,
    title: row.title,
    attesterRole: row.attesterRole,
    attesterName: row.attesterName,
    submissionId: row.submissionId,
    detailId: row.detailId,
  };
}
