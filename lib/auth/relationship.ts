import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import type { Actor, Relationship } from '@/lib/auth/permissions';
import { enrolment, moderationBatch, moderationBatchRecord, submission } from '@/lib/db/schema';

/**
 * How `actor` stands to `learnerId`, from stored assignments. An assessor is never "assigned" to
 * their own enrolment, so no one can assess themselves even if an admin assigned it.
 */
export async function relationshipTo(db: DbOrTx, actor: Actor, learnerId: string): Promise<Relationship> {
  if (actor.id === learnerId) return 'self';
  if (actor.role === 'assessor') {
    const rows = await db
      .select({ id: enrolment.id })
      .from(enrolment)
      .where(and(eq(enrolment.learnerId, learnerId), eq(enrolment.assessorId, actor.id)))
      .limit(1);
    return rows.length > 0 ? 'assigned-assessor' : 'none';
  }
  if (actor.role === 'moderator') {
    const rows = await db
      .select({ id: moderationBatch.id })
      .from(moderationBatchRecord)
      .innerJoin(moderationBatch, eq(moderationBatch.id, moderationBatchRecord.batchId))
      .innerJoin(submission, eq(submission.id, moderationBatchRecord.submissionId))
      .where(and(eq(submission.learnerId, learnerId), eq(moderationBatch.moderatorId, actor.id)))
      .limit(1);
    return rows.length > 0 ? 'batch-moderator' : 'none';
  }
  return 'none';
}
