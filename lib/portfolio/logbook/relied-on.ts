import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { assessment, submission } from '@/lib/db/schema';

/** Whether a signed judgement relied on this piece of evidence: it then stands as it was judged. */
export async function signedJudgementReliesOn(db: Pick<DbOrTx, 'select'>, evidenceId: string): Promise<boolean> {
  const rows = await db
    .select({ id: assessment.id })
    .from(assessment)
    .where(and(eq(assessment.status, 'signed'), sql`${assessment.evidenceIds} @> ${JSON.stringify([evidenceId])}::jsonb`))
    .limit(1);
  return rows.length > 0;
}

/** Of these pieces of the learner's evidence, the ones a signed judgement of theirs relied on. */
export async function evidenceReliedOn(db: Pick<DbOrTx, 'select'>, learnerId: string, evidenceIds: readonly string[]): Promise<Set<string>> {
  if (evidenceIds.length === 0) return new Set();
  const rows = await db
    .select({ evidenceIds: assessment.evidenceIds })
    .from(assessment)
    .innerJoin(submission, eq(submission.id, assessment.submissionId))
    .where(and(eq(submission.learnerId, learnerId), eq(assessment.status, 'signed')));
  const relied = new Set(rows.flatMap((row) => row.evidenceIds));
  return new Set(evidenceIds.filter((id) => relied.has(id)));
}
