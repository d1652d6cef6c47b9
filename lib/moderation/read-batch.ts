import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Actor, can } from '@/lib/auth/permissions';
import type { Db } from '@/lib/db/open-database';
import { assessment, moderation, moderationBatch, moderationBatchRecord, profile, submission } from '@/lib/db/schema';
import type { SubmissionStatus } from '@/lib/db/schema/assessment';

export type BatchRecordView = {
  submissionId: string;
  learnerId: string;
  learnerName: string;
  assessorId: string;
  assessorName: string;
  outcome: 'competent' | 'not_yet_competent' | null;
  assessedAt: Date | null;
  status: SubmissionStatus;
  sampled: boolean;
  reasons: string[];
  decisions: { decision: 'agree' | 'refer'; reasons: Record<string, string>; comment: string; decidedAt: Date; round: number }[];
};

export type BatchView = {
  id: string;
  name: string;
  status: 'open' | 'signed';
  moderatorId: string;
  moderatorName: string;
  rules: typeof moderationBatch.$inferSelect.rules;
  signatureName: string | null;
  signatureRegistration: string | null;
  signedAt: Date | null;
  createdAt: Date;
  records: BatchRecordView[];
};

const learnerProfile = alias(profile, 'learner_profile');
const assessorProfile = alias(profile, 'assessor_profile');

export async function listBatches(db: Db, actor: Actor) {
  const query = db
    .select({ id: moderationBatch.id, name: moderationBatch.name, status: moderationBatch.status, createdAt: moderationBatch.createdAt, moderatorName: profile.fullName })
    .from(moderationBatch)
    .innerJoin(profile, eq(profile.userId, moderationBatch.moderatorId));
  // Reading a batch one does not moderate is the administrator's standing: they see every batch.
  return can(actor, 'batch:read', { relationship: 'none' }) ? query.orderBy(desc(moderationBatch.createdAt)) : query.where(eq(moderationBatch.moderatorId, actor.id)).orderBy(desc(moderationBatch.createdAt));
}

/** A batch with its records, for its own moderator or an administrator; anyone else finds nothing. */
export async function readBatch(db: Db, actor: Actor, batchId: string): Promise<BatchView | null> {
  const [batch] = await db
    .select({ batch: moderationBatch, moderatorName: profile.fullName })
    .from(moderationBatch)
    .innerJoin(profile, eq(profile.userId, moderationBatch.moderatorId))
    .where(eq(moderationBatch.id, batchId));
  if (!batch || !can(actor, 'batch:read', { relationship: batch.batch.moderatorId === actor.id ? 'batch-moderator' : 'none' })) return null;
  const rows = await db
    .select({ record: moderationBatchRecord, status: submission.status, learnerId: submission.learnerId, learnerName: learnerProfile.fullName })
    .from(moderationBatchRecord)
    .innerJoin(submission, eq(submission.id, moderationBatchRecord.submissionId))
    .innerJoin(learnerProfile, eq(learnerProfile.userId, submission.learnerId))
    .where(eq(moderationBatchRecord.batchId, batchId));
  const ids = rows.map((row) => row.record.submissionId);
  const signed = ids.length
    ? await db
        .select({ submissionId: assessment.submissionId, assessorId: assessment.assessorId, outcome: assessment.outcome, signedAt: assessment.signedAt, round: assessment.round, assessorName: assessorProfile.fullName })
        .from(assessment)
        .innerJoin(assessorProfile, eq(assessorProfile.userId, assessment.assessorId))
        .where(and(inArray(assessment.submissionId, ids), eq(assessment.status, 'signed')))
        .orderBy(asc(assessment.round))
    : [];
  const decisions = ids.length ? await db.select().from(moderation).where(inArray(moderation.submissionId, ids)).orderBy(asc(moderation.decidedAt)) : [];
  const records = rows.map((row) => {
    const latest = signed.filter((entry) => entry.submissionId === row.record.submissionId).at(-1);
    return {
      submissionId: row.record.submissionId,
      learnerId: row.learnerId,
      learnerName: row.learnerName,
      assessorId: latest?.assessorId ?? '',
      assessorName: latest?.assessorName ?? '',
      outcome: latest?.outcome ?? null,
      assessedAt: latest?.signedAt ?? null,
      status: row.status,
      sampled: row.record.sampled,
      reasons: row.record.reasons,
      decisions: decisions
        .filter((entry) => entry.submissionId === row.record.submissionId)
        .map((entry) => ({ decision: entry.decision, reasons: entry.reasons, comment: entry.comment, decidedAt: entry.decidedAt, round: entry.assessmentRound })),
    };
  });
  records.sort((a, b) => a.assessorName.localeCompare(b.assessorName, 'en-ZA') || a.learnerName.localeCompare(b.learnerName, 'en-ZA'));
  return {
    id: batch.batch.id,
    name: batch.batch.name,
    status: batch.batch.status,
    moderatorId: batch.batch.moderatorId,
    moderatorName: batch.moderatorName,
    rules: batch.batch.rules,
    signatureName: batch.batch.signatureName,
    signatureRegistration: batch.batch.signatureRegistration,
    signedAt: batch.batch.signedAt,
    createdAt: batch.batch.createdAt,
    records,
  };
}
