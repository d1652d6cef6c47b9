import 'server-only';
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { submission } from '@/lib/db/schema';

export type SubmittedAttempt = { id: string; attemptNumber: number; submittedAt: Date };

/** The enrolment's attempts that were submitted (an interview may concern one of them), first attempt first. */
export async function submittedAttempts(db: Pick<DbOrTx, 'select'>, enrolmentId: string): Promise<SubmittedAttempt[]> {
  const rows = await db
    .select({ id: submission.id, attemptNumber: submission.attemptNumber, submittedAt: submission.submittedAt })
    .from(submission)
    .where(and(eq(submission.enrolmentId, enrolmentId), isNotNull(submission.submittedAt)))
    .orderBy(asc(submission.attemptNumber));
  return rows.flatMap((row) => (row.submittedAt ? [{ id: row.id, attemptNumber: row.attemptNumber, submittedAt: row.submittedAt }] : []));
}
