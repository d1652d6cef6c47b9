import { and, eq, exists, gt, inArray, isNull, lt, notExists, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { writeAuditMany } from '@/lib/audit/write-audit';
import type { Db } from '@/lib/db/open-database';
import { enrolment, evidenceFile, recording, recordSnapshot, submission } from '@/lib/db/schema';
import { readSettings } from '@/lib/settings/settings-store';

export type ExpiryReport = {
  /** The retention period in force (0: files are kept for ever and nothing was looked at). */
  months: number;
  /** Records that became final before this moment have had their files removed; null when months is 0. */
  cutoff: Date | null;
  learners: number;
  evidenceFiles: number;
  recordings: number;
};

/**
 * `months` calendar months before `at`, on the same day of the month or the month's last day when
 * it has no such day (31 March less one month is 28 or 29 February, never 3 March), in UTC.
 */
export function monthsBefore(at: Date, months: number): Date {
  const shifted = new Date(at);
  const day = shifted.getUTCDate();
  shifted.setUTCDate(1);
  shifted.setUTCMonth(shifted.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, 0)).getUTCDate();
  shifted.setUTCDate(Math.min(day, lastDay));
  return shifted;
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Enrolments whose current final record (the snapshot not superseded) was sealed before the cutoff,
 * about the enrolment's latest attempt, with a file still to remove. A later attempt means the
 * learner is working again after a final Not Yet Competent, so their record is not final and their
 * files stay. Enrolments whose files are all gone already are left out, so that a nightly run does
 * not revisit every old record for ever.
 */
async function expiredEnrolments(tx: Tx, cutoff: Date): Promise<{ enrolmentId: string; learnerId: string }[]> {
  const sealed = alias(submission, 'sealed_attempt');
  const later = alias(submission, 'later_attempt');
  const owner = alias(submission, 'file_attempt');
  const one = sql`1`;
  return tx
    .select({ enrolmentId: recordSnapshot.enrolmentId, learnerId: enrolment.learnerId })
    .from(recordSnapshot)
    .innerJoin(enrolment, eq(enrolment.id, recordSnapshot.enrolmentId))
    .innerJoin(sealed, eq(sealed.id, recordSnapshot.submissionId))
    .where(
      and(
        isNull(recordSnapshot.supersededAt),
        lt(recordSnapshot.createdAt, cutoff),
        notExists(
          tx
            .select({ one })
            .from(later)
            .where(and(eq(later.enrolmentId, recordSnapshot.enrolmentId), gt(later.attemptNumber, sealed.attemptNumber))),
        ),
        or(
          exists(
            tx
              .select({ one })
              .from(evidenceFile)
              .innerJoin(owner, eq(owner.id, evidenceFile.submissionId))
              .where(and(eq(owner.enrolmentId, recordSnapshot.enrolmentId), isNull(evidenceFile.removedAt), lt(evidenceFile.createdAt, cutoff))),
          ),
          exists(
            tx
              .select({ one })
              .from(recording)
              .where(and(eq(recording.enrolmentId, recordSnapshot.enrolmentId), isNull(recording.removedAt), lt(recording.createdAt, cutoff))),
          ),
        ),
      ),
    );
}

/**
 * Applies the provider's retention setting (POPIA section 14: personal information is not kept
 * longer than needed) to the uploaded evidence files and role-play recordings of learners whose
 * record became final more than `evidenceRetentionMonths` months before `now`. Their rows are only
 * marked `removed_at = now`: the sealed record keeps each file's name and SHA-256, and the storage
 * sweep deletes the bytes once no row that is not removed names the same key. A file uploaded within
 * the period itself is kept too, so nothing is removed sooner than the period after it arrived.
 * One transaction, one audit event per learner (subject the learner, no actor: the setting acts).
 */
export async function expireEvidence(db: Db, now: Date): Promise<ExpiryReport> {
  return db.transaction(async (tx) => {
    const { evidenceRetentionMonths: months } = await readSettings(tx);
    if (months === 0) return { months, cutoff: null, learners: 0, evidenceFiles: 0, recordings: 0 };
    const cutoff = monthsBefore(now, months);
    const removedPerLearner = new Map<string, number>();
    let evidenceFiles = 0;
    let recordings = 0;
    for (const { enrolmentId, learnerId } of await expiredEnrolments(tx, cutoff)) {
      const attempts = tx.select({ id: submission.id }).from(submission).where(eq(submission.enrolmentId, enrolmentId));
      const files = await tx
        .update(evidenceFile)
        .set({ removedAt: now })
        .where(and(inArray(evidenceFile.submissionId, attempts), isNull(evidenceFile.removedAt), lt(evidenceFile.createdAt, cutoff)))
        .returning({ id: evidenceFile.id });
      const recorded = await tx
        .update(recording)
        .set({ removedAt: now })
        .where(and(eq(recording.enrolmentId, enrolmentId), isNull(recording.removedAt), lt(recording.createdAt, cutoff)))
        .returning({ id: recording.id });
      evidenceFiles += files.length;
      recordings += recorded.length;
      if (files.length + recorded.length > 0) removedPerLearner.set(learnerId, (removedPerLearner.get(learnerId) ?? 0) + files.length + recorded.length);
    }
    const events = [...removedPerLearner].map(([learnerId, files]) => ({ subject: { type: 'user' as const, id: learnerId }, event: { type: 'evidence.expired' as const, data: { files, months } } }));
    await writeAuditMany(tx, null, events);
    return { months, cutoff, learners: removedPerLearner.size, evidenceFiles, recordings };
  });
}
