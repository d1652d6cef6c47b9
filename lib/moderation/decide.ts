import { randomUUID } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import { type Actor, writeAudit } from '@/lib/audit/write-audit';
import type { Db } from '@/lib/db/open-database';
import { assessment, moderation, moderationBatch, moderationBatchRecord, submission } from '@/lib/db/schema';
import { enqueueNotice } from '@/lib/mail/notices';
import { ModerationRuleError } from '@/lib/moderation/moderation-errors';

export type ModerationDecisionInput = {
  batchId: string;
  submissionId: string;
  decision: 'agree' | 'refer';
  /** For a referral: per criterion the moderator questions, why. */
  reasons: Record<string, string>;
  comment: string;
};

/**
 * The moderator agrees with the assessor's signed judgement, or refers it back with reasons: the
 * record then returns to the assessor to reassess and sign again.
 */
export async function decideRecord(db: Db, actor: NonNullable<Actor>, input: ModerationDecisionInput): Promise<void> {
  const reasons = Object.fromEntries(Object.entries(input.reasons).map(([code, reason]) => [code, reason.trim()]).filter(([, reason]) => reason !== ''));
  if (input.decision === 'refer' && Object.keys(reasons).length === 0) {
    throw new ModerationRuleError('reasons-needed', 'Give the reason for at least one criterion you question, so the assessor knows what to look at again.');
  }
  await db.transaction(async (tx) => {
    const [batch] = await tx.select().from(moderationBatch).where(eq(moderationBatch.id, input.batchId));
    if (!batch || batch.moderatorId !== actor.id) throw new ModerationRuleError('not-found', 'There is no such batch.');
    if (batch.status !== 'open') throw new ModerationRuleError('signed', 'This batch is signed and closed.');
    const [record] = await tx
      .select()
      .from(moderationBatchRecord)
      .where(and(eq(moderationBatchRecord.batchId, batch.id), eq(moderationBatchRecord.submissionId, input.submissionId)));
    if (!record) throw new ModerationRuleError('not-found', 'That record is not in this batch.');
    if (!record.sampled) throw new ModerationRuleError('not-sampled', 'This record is not in the sample: add it to the sample first.');
    const [row] = await tx.select().from(submission).where(eq(submission.id, input.submissionId)).for('update');
    if (row?.status !== 'in_moderation') throw new ModerationRuleError('wrong-state', 'This record is not waiting for moderation: it is with the assessor or already decided.');
    const [signed] = await tx
      .select()
      .from(assessment)
      .where(and(eq(assessment.submissionId, input.submissionId), eq(assessment.status, 'signed')))
      .orderBy(desc(assessment.round))
      .limit(1);
    if (!signed) throw new ModerationRuleError('wrong-state', 'This record has no signed assessment.');
    if (signed.assessorId === actor.id) throw new ModerationRuleError('own-assessment', 'You assessed this record, so you may not moderate it.');
    await tx.insert(moderation).values({
      id: randomUUID(),
      batchId: batch.id,
      submissionId: input.submissionId,
      moderatorId: actor.id,
      assessmentRound: signed.round,
      decision: input.decision,
      reasons,
      comment: input.comment.trim(),
    });
    await tx
      .update(submission)
      .set({ status: input.decision === 'agree' ? 'agreed' : 'referred', revision: sql`${submission.revision} + 1`, updatedAt: new Date() })
      .where(eq(submission.id, input.submissionId));
    await writeAudit(tx, actor, { type: 'submission', id: input.submissionId }, {
      type: 'moderation.decided',
      data: { batchId: batch.id, decision: input.decision, round: signed.round, criteriaReferred: Object.keys(reasons) },
    });
    if (input.decision === 'refer') await enqueueNotice(tx, { type: 'referral', to: signed.assessorId, submissionId: input.submissionId, batchId: batch.id });
  });
}
