import { and, asc, eq, getTableColumns, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import {
  account,
  assessment,
  auditEvent,
  enrolment,
  evidence,
  evidenceFile,
  formativeAttempt,
  lessonProgress,
  logbookEntry,
  mailPreference,
  moderation,
  moderationBatch,
  moderationBatchRecord,
  observation,
  passwordLink,
  profile,
  recording,
  recordingNote,
  recordSnapshot,
  session,
  submission,
  submissionItem,
  user,
  verificationInterview,
  witnessInvitation,
  witnessTestimony,
} from '@/lib/db/schema';

/** A stored file the archive carries beside the data: the learner's uploads and recordings. */
export type HeldFile = { folder: 'evidence' | 'recordings'; id: string; name: string; storageKey: string; removedAt: Date | null };

/** Everything the product holds about one learner, table by table, and the files it points to. */
export type LearnerData = { sections: Record<string, readonly object[]>; files: HeldFile[]; records: { version: number; verificationCode: string; canonicalJson: string }[] };

function without<T extends Record<string, unknown>, K extends keyof T>(columns: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...columns };
  for (const key of keys) delete copy[key];
  return copy;
}

// No record id is empty, so this matches nothing where an empty list would be refused by SQL.
const NONE = [''];
const some = (ids: string[]) => (ids.length > 0 ? ids : NONE);

/**
 * Reads what is held about a learner for their own copy (POPIA section 23). Secrets that would let
 * someone act as them (password hash, session and link tokens) are left out; everything else about
 * them is in, and nothing about any other learner: every query is bound to this learner's own rows.
 * Judgements and moderation decisions appear once signed (drafts are the staff's work in progress).
 */
export async function collectLearnerData(db: DbOrTx, learnerId: string): Promise<LearnerData> {
  const accountRows = await db.select(without(getTableColumns(user), 'image')).from(user).where(eq(user.id, learnerId));
  const profiles = await db.select().from(profile).where(eq(profile.userId, learnerId));
  const enrolments = await db.select().from(enrolment).where(eq(enrolment.learnerId, learnerId));
  const enrolmentIds = some(enrolments.map((row) => row.id));
  const submissions = await db.select().from(submission).where(eq(submission.learnerId, learnerId)).orderBy(asc(submission.createdAt));
  const submissionIds = some(submissions.map((row) => row.id));
  const evidenceFiles = await db.select().from(evidenceFile).where(inArray(evidenceFile.submissionId, submissionIds));
  const recordings = await db.select().from(recording).where(eq(recording.learnerId, learnerId));
  const invitations = await db.select(without(getTableColumns(witnessInvitation), 'tokenHash')).from(witnessInvitation).where(eq(witnessInvitation.learnerId, learnerId));
  const snapshots = await db.select().from(recordSnapshot).where(inArray(recordSnapshot.enrolmentId, enrolmentIds)).orderBy(asc(recordSnapshot.version));

  const sections: Record<string, readonly object[]> = {
    account: accountRows,
    profile: profiles,
    signInMethods: await db.select({ providerId: account.providerId, createdAt: account.createdAt, updatedAt: account.updatedAt }).from(account).where(eq(account.userId, learnerId)),
    sessions: await db.select({ createdAt: session.createdAt, expiresAt: session.expiresAt, ipAddress: session.ipAddress, userAgent: session.userAgent }).from(session).where(eq(session.userId, learnerId)),
    passwordLinks: await db.select({ purpose: passwordLink.purpose, createdAt: passwordLink.createdAt, expiresAt: passwordLink.expiresAt, usedAt: passwordLink.usedAt }).from(passwordLink).where(eq(passwordLink.userId, learnerId)),
    mailPreferences: await db.select().from(mailPreference).where(eq(mailPreference.userId, learnerId)),
    enrolments,
    lessonProgress: await db.select().from(lessonProgress).where(eq(lessonProgress.learnerId, learnerId)),
    knowledgeChecks: await db.select().from(formativeAttempt).where(eq(formativeAttempt.learnerId, learnerId)),
    assessmentAttempts: submissions,
    assessmentAnswers: await db.select().from(submissionItem).where(inArray(submissionItem.submissionId, submissionIds)).orderBy(asc(submissionItem.submissionId), asc(submissionItem.position)),
    evidenceFiles,
    judgements: await db.select().from(assessment).where(and(inArray(assessment.submissionId, submissionIds), eq(assessment.status, 'signed'))),
    moderationDecisions: await db
      .select({ ...getTableColumns(moderation), batchName: moderationBatch.name })
      .from(moderation)
      .innerJoin(moderationBatch, eq(moderationBatch.id, moderation.batchId))
      .where(and(inArray(moderation.submissionId, submissionIds), eq(moderationBatch.status, 'signed'))),
    practicalEvidence: await db.select().from(evidence).where(eq(evidence.learnerId, learnerId)),
    observations: await db.select().from(observation).where(inArray(observation.enrolmentId, enrolmentIds)),
    recordings,
    recordingNotes: await db.select().from(recordingNote).where(inArray(recordingNote.recordingId, some(recordings.map((row) => row.id)))),
    witnessInvitations: invitations,
    witnessTestimonies: await db.select().from(witnessTestimony).where(inArray(witnessTestimony.invitationId, some(invitations.map((row) => row.id)))),
    logbook: await db.select().from(logbookEntry).where(eq(logbookEntry.learnerId, learnerId)),
    verificationInterviews: await db.select().from(verificationInterview).where(inArray(verificationInterview.enrolmentId, enrolmentIds)),
    recordsOfLearning: snapshots.map(({ canonicalJson: _sealed, ...row }) => row),
    auditEvents: await db
      .select({ at: auditEvent.at, type: auditEvent.type, actorRole: auditEvent.actorRole, actorId: auditEvent.actorId, subjectType: auditEvent.subjectType, subjectId: auditEvent.subjectId, data: auditEvent.data })
      .from(auditEvent)
      .where(
        or(
          eq(auditEvent.actorId, learnerId),
          and(eq(auditEvent.subjectType, 'user'), eq(auditEvent.subjectId, learnerId)),
          and(eq(auditEvent.subjectType, 'enrolment'), inArray(auditEvent.subjectId, enrolmentIds)),
          and(eq(auditEvent.subjectType, 'submission'), inArray(auditEvent.subjectId, submissionIds)),
        ),
      )
      .orderBy(asc(auditEvent.seq), asc(auditEvent.id)),
  };
  const files: HeldFile[] = [
    ...evidenceFiles.map((row) => ({ folder: 'evidence' as const, id: row.id, name: row.name, storageKey: row.storageKey, removedAt: row.removedAt })),
    ...recordings.map((row) => ({ folder: 'recordings' as const, id: row.id, name: row.name, storageKey: row.storageKey, removedAt: row.removedAt })),
  ];
  const records = snapshots.map((row) => ({ version: row.version, verificationCode: row.verificationCode, canonicalJson: row.canonicalJson }));
  return { sections, files, records };
}

/** Whether the learner has a final record: then they may be anonymised, not erased. */
export async function hasFinalRecord(db: DbOrTx, learnerId: string): Promise<boolean> {
  const [row] = await db
    .select({ found: sql<number>`1` })
    .from(recordSnapshot)
    .innerJoin(enrolment, eq(enrolment.id, recordSnapshot.enrolmentId))
    .where(eq(enrolment.learnerId, learnerId))
    .limit(1);
  return row !== undefined;
}

/** Whether an attempt of the learner is in a moderation batch, which the provider keeps as its quality record. */
export async function inModerationSample(db: DbOrTx, learnerId: string): Promise<boolean> {
  const [row] = await db
    .select({ found: sql<number>`1` })
    .from(moderationBatchRecord)
    .innerJoin(submission, eq(submission.id, moderationBatchRecord.submissionId))
    .where(eq(submission.learnerId, learnerId))
    .limit(1);
  return row !== undefined;
}
