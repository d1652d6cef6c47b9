import { and, eq, inArray, sql } from 'drizzle-orm';
import { writeAudit } from '@/lib/audit/write-audit';
import type { Actor } from '@/lib/auth/permissions';
import type { Db } from '@/lib/db/open-database';
import {
  account,
  assessment,
  enrolment,
  evidence,
  formativeAttempt,
  lessonProgress,
  logbookEntry,
  mailPreference,
  moderation,
  observation,
  passwordLink,
  profile,
  recording,
  recordingNote,
  session,
  submission,
  user,
  verificationInterview,
  witnessInvitation,
  witnessTestimony,
} from '@/lib/db/schema';
import { hasFinalRecord, inModerationSample } from '@/lib/privacy/learner-data';

/** The name and address an anonymised learner is left with: nobody, and a domain that never receives mail. */
export const ANONYMISED_NAME = 'Anonymised learner';
export const ANONYMISED_DOMAIN = 'anonymised.invalid';

export class DataRightsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataRightsError';
  }
}

type Learner = { id: string; fullName: string; email: string };

async function lockLearner(tx: Parameters<Parameters<Db['transaction']>[0]>[0], learnerId: string): Promise<Learner> {
  const [row] = await tx
    .select({ id: user.id, fullName: profile.fullName, email: user.email, role: profile.role })
    .from(user)
    .innerJoin(profile, eq(profile.userId, user.id))
    .where(eq(user.id, learnerId))
    .for('update', { of: user });
  if (row?.role !== 'learner') throw new DataRightsError('There is no such learner.');
  return row;
}

/** Whether this learner's details were already replaced: anonymising twice has nothing left to do. */
export function isAnonymised(email: string): boolean {
  return email.endsWith(`@${ANONYMISED_DOMAIN}`);
}

/**
 * Deletes a learner and everything about them, for a learner with no final record: a record of
 * learning must be kept, so one who has one is anonymised instead. An attempt in a moderation sample
 * is part of the provider's quality record and is refused here too. The stored files are left to the
 * storage sweep, which deletes them once no row refers to them. The audit trail keeps its events
 * (it cannot be changed without breaking its chain), naming the learner only by account id, apart
 * from the address the account was created with.
 */
export async function eraseLearner(db: Db, admin: Actor, learnerId: string, confirmName: string) {
  return db.transaction(async (tx) => {
    const learner = await lockLearner(tx, learnerId);
    if (confirmName.trim() !== learner.fullName.trim()) throw new DataRightsError(`Type the learner's full name, ${learner.fullName}, exactly as shown to confirm.`);
    if (await hasFinalRecord(tx, learnerId)) throw new DataRightsError(`${learner.fullName} has a final record of learning, which the provider must keep: anonymise them instead.`);
    const enrolmentIds = (await tx.select({ id: enrolment.id }).from(enrolment).where(eq(enrolment.learnerId, learnerId))).map((row) => row.id);
    const submissionIds = (await tx.select({ id: submission.id }).from(submission).where(eq(submission.learnerId, learnerId))).map((row) => row.id);
    if (await inModerationSample(tx, learnerId)) throw new DataRightsError(`An attempt by ${learner.fullName} is in a moderation batch, which the provider must keep: anonymise them instead.`);
    const recordingIds = (await tx.select({ id: recording.id }).from(recording).where(eq(recording.learnerId, learnerId))).map((row) => row.id);
    const invitationIds = (await tx.select({ id: witnessInvitation.id }).from(witnessInvitation).where(eq(witnessInvitation.learnerId, learnerId))).map((row) => row.id);
    // Children before parents: most references restrict deletes so nothing is lost by accident.
    if (recordingIds.length > 0) await tx.delete(recordingNote).where(inArray(recordingNote.recordingId, recordingIds));
    if (invitationIds.length > 0) await tx.delete(witnessTestimony).where(inArray(witnessTestimony.invitationId, invitationIds));
    await tx.delete(evidence).where(eq(evidence.learnerId, learnerId));
    if (enrolmentIds.length > 0) {
      await tx.delete(observation).where(inArray(observation.enrolmentId, enrolmentIds));
      await tx.delete(verificationInterview).where(inArray(verificationInterview.enrolmentId, enrolmentIds));
    }
    await tx.delete(logbookEntry).where(eq(logbookEntry.learnerId, learnerId));
    await tx.delete(recording).where(eq(recording.learnerId, learnerId));
    await tx.delete(witnessInvitation).where(eq(witnessInvitation.learnerId, learnerId));
    if (submissionIds.length > 0) {
      await tx.delete(moderation).where(inArray(moderation.submissionId, submissionIds));
      await tx.delete(assessment).where(inArray(assessment.submissionId, submissionIds));
      await tx.delete(submission).where(inArray(submission.id, submissionIds));
    }
    await tx.delete(enrolment).where(eq(enrolment.learnerId, learnerId));
    // Profile, sessions, sign-in, progress, knowledge checks, e-mail choices and links go with the account.
    await tx.delete(user).where(eq(user.id, learnerId));
    const counts = { enrolments: enrolmentIds.length, attempts: submissionIds.length, recordings: recordingIds.length };
    await writeAudit(tx, admin, { type: 'user', id: learnerId }, { type: 'learner.erased', data: counts });
    return { fullName: learner.fullName, ...counts };
  });
}

/**
 * For a learner with a final record: removes what identifies them or lets them sign in, and what the
 * record does not rest on, and keeps the sealed records with the assessed work behind them. The
 * sealed record keeps the name and ID number it was signed with; the live profile no longer does.
 */
export async function anonymiseLearner(db: Db, admin: Actor, learnerId: string, confirmName: string) {
  return db.transaction(async (tx) => {
    const learner = await lockLearner(tx, learnerId);
    if (isAnonymised(learner.email)) throw new DataRightsError('This learner is already anonymised.');
    if (confirmName.trim() !== learner.fullName.trim()) throw new DataRightsError(`Type the learner's full name, ${learner.fullName}, exactly as shown to confirm.`);
    const drafts = (await tx.select({ id: submission.id }).from(submission).where(and(eq(submission.learnerId, learnerId), eq(submission.status, 'draft')))).map((row) => row.id);
    if (drafts.length > 0) {
      await tx.delete(evidence).where(inArray(evidence.submissionId, drafts));
      await tx.delete(assessment).where(inArray(assessment.submissionId, drafts));
      await tx.delete(submission).where(inArray(submission.id, drafts));
    }
    await tx.delete(session).where(eq(session.userId, learnerId));
    await tx.delete(account).where(eq(account.userId, learnerId));
    await tx.delete(passwordLink).where(eq(passwordLink.userId, learnerId));
    await tx.delete(mailPreference).where(eq(mailPreference.userId, learnerId));
    await tx.delete(lessonProgress).where(eq(lessonProgress.learnerId, learnerId));
    await tx.delete(formativeAttempt).where(eq(formativeAttempt.learnerId, learnerId));
    // A witness's own address or number is theirs, not the record's; their name and testimony stay.
    await tx.update(witnessInvitation).set({ contact: '' }).where(eq(witnessInvitation.learnerId, learnerId));
    await tx
      .update(profile)
      .set({ fullName: ANONYMISED_NAME, identityKind: null, idNumber: null, passportNumber: null, passportCountry: null, updatedAt: sql`now()` })
      .where(eq(profile.userId, learnerId));
    await tx.update(user).set({ name: ANONYMISED_NAME, email: `anonymised-${learnerId.toLowerCase()}@${ANONYMISED_DOMAIN}`, updatedAt: sql`now()` }).where(eq(user.id, learnerId));
    await writeAudit(tx, admin, { type: 'user', id: learnerId }, { type: 'learner.anonymised', data: { draftsRemoved: drafts.length } });
    return { fullName: learner.fullName, draftsRemoved: drafts.length };
  });
}
