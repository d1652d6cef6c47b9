import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { confirmSigner, type Signer } from '@/lib/assessing/confirm-signer';
import { type Actor, writeAudit } from '@/lib/audit/write-audit';
import type { Db } from '@/lib/db/open-database';
import { assessment, moderationBatch, moderationBatchRecord, submission } from '@/lib/db/schema';
import { enqueueNotice } from '@/lib/mail/notices';
import { ModerationRuleError } from '@/lib/moderation/moderation-errors';
import { latestSignedJudgement, type RecordDeps } from '@/lib/record/build-record';
import { finaliseAttemptRecord } from '@/lib/record/record-versions';
import { queueLearningEvent } from '@/lib/xapi/outbox';

/**
 * Signs the batch once every sampled record is agreed. Every record in the batch becomes final:
 * locked, and frozen into a snapshot with its verification code, in the same transaction.
 */
export async function signBatch(db: Db, actor: NonNullable<Actor>, deps: RecordDeps, batchId: string, password: string): Promise<number> {
  // Not the batch's moderator: "no such batch", before the password is even looked at.
  const [batch] = await db.select({ moderatorId: moderationBatch.moderatorId }).from(moderationBatch).where(eq(moderationBatch.id, batchId));
  if (!batch || batch.moderatorId !== actor.id) throw new ModerationRuleError('not-found', 'There is no such batch.');
  const signer = await confirmSigner(db, actor.id, password);
  if (signer === 'registration-missing') throw new ModerationRuleError('registration-missing', 'Add your SETA registration number on your account page before you sign: it goes on every record.');
  if (signer === 'password') throw new ModerationRuleError('password', 'Your password is not right. Enter it again to sign.');
  return sealBatch(db, actor, deps, signer, batchId);
}

/** The batch sign-off's change of state, for a moderator whose identity `confirmSigner` has just confirmed. */
export async function sealBatch(db: Db, actor: NonNullable<Actor>, deps: RecordDeps, signer: Signer, batchId: string): Promise<number> {
  return db.transaction(async (tx) => {
    const [batch] = await tx.select().from(moderationBatch).where(eq(moderationBatch.id, batchId)).for('update');
    if (!batch || batch.moderatorId !== actor.id) throw new ModerationRuleError('not-found', 'There is no such batch.');
    if (batch.status !== 'open') throw new ModerationRuleError('signed', 'This batch is already signed.');
    const records = await tx
      .select({ submissionId: submission.id, learnerId: submission.learnerId, enrolmentId: submission.enrolmentId, attemptNumber: submission.attemptNumber, status: submission.status, sampled: moderationBatchRecord.sampled })
      .from(moderationBatchRecord)
      .innerJoin(submission, eq(submission.id, moderationBatchRecord.submissionId))
      .where(eq(moderationBatchRecord.batchId, batchId))
      // Earlier attempts first, so a learner's later attempt in the same batch becomes the current record;
      // enrolments in one order everywhere, so two batches signed at once lock them without deadlock.
      .orderBy(asc(submission.enrolmentId), asc(submission.attemptNumber));
    const unresolved = records.filter((record) => record.sampled && record.status !== 'agreed');
    if (unresolved.length > 0) {
      throw new ModerationRuleError('unresolved', `${unresolved.length} sampled record${unresolved.length === 1 ? ' is' : 's are'} not agreed yet. Decide each, and wait for any referral to be reassessed, before signing the batch.`);
    }
    const now = new Date();
    await tx.update(moderationBatch).set({ status: 'signed', signatureName: signer.fullName, signatureRegistration: signer.registrationNumber, signedAt: now }).where(eq(moderationBatch.id, batchId));
    for (const record of records) {
      await tx.update(submission).set({ status: 'final', revision: sql`${submission.revision} + 1`, updatedAt: now }).where(eq(submission.id, record.submissionId));
      const snapshot = await finaliseAttemptRecord(tx, deps, { submissionId: record.submissionId, createdBy: actor.id });
      await writeAudit(tx, actor, { type: 'submission', id: record.submissionId }, {
        type: 'record.finalised',
        data: { version: snapshot.version, sha256: snapshot.sha256, code: snapshot.verificationCode, attempt: record.attemptNumber, current: snapshot.supersededAt === null },
      });
      const sealed = await latestSignedJudgement(tx, record.submissionId);
      if (sealed?.outcome) {
        await queueLearningEvent(tx, { type: 'record.final', learnerId: record.learnerId, submissionId: record.submissionId, outcome: sealed.outcome, verificationCode: snapshot.verificationCode, at: now.toISOString() });
      }
    }
    await writeAudit(tx, actor, { type: 'batch', id: batchId }, { type: 'moderation.batch_signed', data: { records: records.length, registrationNumber: signer.registrationNumber } });
    const submissionIds = records.map((record) => record.submissionId);
    const assessors = submissionIds.length === 0 ? [] : await tx.selectDistinct({ id: assessment.assessorId }).from(assessment).where(and(inArray(assessment.submissionId, submissionIds), eq(assessment.status, 'signed')));
    for (const assessor of assessors) await enqueueNotice(tx, { type: 'batch-signed', to: assessor.id, batchId });
    return records.length;
  });
}
