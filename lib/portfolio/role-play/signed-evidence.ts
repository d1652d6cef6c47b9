import 'server-only';
import { and, eq, max } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { assessment, submission } from '@/lib/db/schema';

/** Every piece of evidence a signed judgement of this learner relies on. */
export async function evidenceReliedOn(db: Pick<DbOrTx, 'select'>, learnerId: string): Promise<Set<string>> {
  const rows = await db
    .select({ evidenceIds: assessment.evidenceIds })
    .from(assessment)
    .innerJoin(submission, eq(submission.id, assessment.submissionId))
    .where(and(eq(submission.learnerId, learnerId), eq(assessment.status, 'signed')));
  return new Set(rows.flatMap((row) => row.evidenceIds));
}

/** When the latest judgement of this enrolment was signed, or null while none is. */
export async function latestSignature(db: Pick<DbOrTx, 'select'>, enrolmentId: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: max(assessment.signedAt) })
    .from(assessment)
    .innerJoin(submission, eq(submission.id, assessment.submissionId))
    .where(and(eq(submission.enrolmentId, enrolmentId), eq(assessment.status, 'signed')));
  return row?.at ?? null;
}
