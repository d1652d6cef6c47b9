import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { type Actor, writeAudit } from '@/lib/audit/write-audit';
import { can } from '@/lib/auth/permissions';
import type { Db } from '@/lib/db/open-database';
import { assessment, moderationBatch, moderationBatchRecord, profile, submission } from '@/lib/db/schema';
import { enqueueNotice } from '@/lib/mail/notices';
import { type BatchScope, eligibleDecisions } from '@/lib/moderation/eligible-decisions';
import { ModerationRuleError } from '@/lib/moderation/moderation-errors';
import { proposeSample } from '@/lib/moderation/propose-sample';
import { readSettings } from '@/lib/settings/settings-store';

export const ADDED_BY_MODERATOR = 'Added by the moderator';

/**
 * Gathers the eligible assessed records into a batch, samples them by the provider's rules (each
 * with its reasons) and puts the sampled ones into moderation, in one transaction.
 */
export async function createBatch(db: Db, actor: NonNullable<Actor>, input: { name: string; moderatorId: string; scope: BatchScope }): Promise<string> {
  return db.transaction(async (tx) => {
    const [moderator] = await tx.select({ role: profile.role }).from(profile).where(eq(profile.userId, input.moderatorId));
    if (moderator?.role !== 'moderator') throw new ModerationRuleError('not-moderator', 'Choose a user whose role is moderator.');
    const decisions = (await eligibleDecisions(tx, input.scope)).filter((decision) => decision.assessorId !== input.moderatorId);
    if (decisions.length === 0) throw new ModerationRuleError('empty', 'No assessed records match: there is nothing to moderate for that assessor and period.');
    const settings = await readSettings(tx);
    const seed = randomBytes(8).toString('hex');
    const rules = { competentPercent: settings.sampleCompetentPercent, firstDecisionsPerAssessor: settings.sampleFirstDecisionsPerAssessor };
    const proposal = proposeSample(decisions, rules, seed);
    const id = randomUUID();
    await tx.insert(moderationBatch).values({
      id,
      name: input.name,
      moderatorId: input.moderatorId,
      createdBy: actor.id,
      rules: { ...rules, seed, assessorId: input.scope.assessorId, from: input.scope.from?.toISOString() ?? null, to: input.scope.to?.toISOString() ?? null, cohortId: input.scope.cohortId ?? null },
    });
    const sampledIds = proposal.items.map((item) => item.submissionId);
    await tx.insert(moderationBatchRecord).values([
      ...proposal.items.map((item) => ({ batchId: id, submissionId: item.submissionId, sampled: true, reasons: item.reasons })),
      ...proposal.notSampled.map((submissionId) => ({ batchId: id, submissionId, sampled: false, reasons: [] })),
    ]);
    if (sampledIds.length > 0) await tx.update(submission).set({ status: 'in_moderation', updatedAt: new Date() }).where(inArray(submission.id, sampledIds));
    await writeAudit(tx, actor, { type: 'batch', id }, {
      type: 'moderation.batch_created',
      data: { records: decisions.length, sampled: sampledIds.length, moderatorId: input.moderatorId },
    });
    await enqueueNotice(tx, { type: 'batch-ready', to: input.moderatorId, batchId: id });
    return id;
  });
}

/** The moderator may add any record of the batch to the sample. */
export async function addToSample(db: Db, actor: NonNullable<Actor>, batchId: string, submissionId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [batch] = await tx.select().from(moderationBatch).where(eq(moderationBatch.id, batchId)).for('update');
    if (!batch || !can(actor, 'batch:read', { relationship: batch.moderatorId === actor.id ? 'batch-moderator' : 'none' })) throw new ModerationRuleError('not-found', 'There is no such batch.');
    if (batch.status !== 'open') throw new ModerationRuleError('signed', 'This batch is signed and closed.');
    const [record] = await tx.select().from(moderationBatchRecord).where(and(eq(moderationBatchRecord.batchId, batchId), eq(moderationBatchRecord.submissionId, submissionId)));
    if (!record) throw new ModerationRuleError('not-found', 'That record is not in this batch.');
    if (record.sampled) return;
    const [assessed] = await tx.select({ assessorId: assessment.assessorId }).from(assessment).where(and(eq(assessment.submissionId, submissionId), eq(assessment.assessorId, batch.moderatorId)));
    if (assessed) throw new ModerationRuleError('own-assessment', 'You assessed this record, so you may not moderate it.');
    await tx
      .update(moderationBatchRecord)
      .set({ sampled: true, reasons: [ADDED_BY_MODERATOR] })
      .where(and(eq(moderationBatchRecord.batchId, batchId), eq(moderationBatchRecord.submissionId, submissionId)));
    await tx.update(submission).set({ status: 'in_moderation', updatedAt: new Date() }).where(eq(submission.id, submissionId));
    await writeAudit(tx, actor, { type: 'submission', id: submissionId }, { type: 'moderation.record_added', data: { batchId } });
  });
}
