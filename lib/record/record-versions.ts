import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import type { Db } from '@/lib/db/open-database';
import { enrolment, recordSnapshot, submission } from '@/lib/db/schema';
import { latestSignedJudgement, type RecordDeps } from '@/lib/record/build-record';
import { createSnapshot, type Snapshot } from '@/lib/record/snapshot-record';

export class RecordVersionError extends Error {}

type Versions = { current: { snapshot: Snapshot; attemptNumber: number } | null; nextVersion: number };

/**
 * Locks the enrolment for the rest of the transaction (so two signings cannot both take the same
 * version) and reads its current record version and the next version number.
 */
export async function lockRecordVersions(tx: DbOrTx, enrolmentId: string): Promise<Versions> {
  await tx.select({ id: enrolment.id }).from(enrolment).where(eq(enrolment.id, enrolmentId)).for('update');
  const rows = await tx
    .select({ snapshot: recordSnapshot, attemptNumber: submission.attemptNumber })
    .from(recordSnapshot)
    .innerJoin(submission, eq(submission.id, recordSnapshot.submissionId))
    .where(eq(recordSnapshot.enrolmentId, enrolmentId));
  const current = rows.find((row) => row.snapshot.supersededAt === null) ?? null;
  return { current, nextVersion: Math.max(0, ...rows.map((row) => row.snapshot.version)) + 1 };
}

/**
 * Makes one assessed attempt's record final: a snapshot of that attempt sealing its latest signed
 * judgement, as the enrolment's next version. It becomes the current record unless a later attempt
 * is final already (batches signed out of order), in which case it is kept as history beneath it.
 */
export async function finaliseAttemptRecord(tx: Db, deps: RecordDeps, input: { submissionId: string; createdBy: string }): Promise<Snapshot> {
  const [attempt] = await tx.select({ enrolmentId: submission.enrolmentId, attemptNumber: submission.attemptNumber }).from(submission).where(eq(submission.id, input.submissionId));
  if (!attempt) throw new RecordVersionError('There is no such attempt.');
  const judgement = await latestSignedJudgement(tx, input.submissionId);
  if (!judgement) throw new RecordVersionError('This attempt has no signed judgement, so its record cannot be final.');
  const { current, nextVersion } = await lockRecordVersions(tx, attempt.enrolmentId);
  if (current?.snapshot.submissionId === input.submissionId) throw new RecordVersionError('This attempt\u2019s record is final already.');
  const snapshot = await createSnapshot(tx, deps, { enrolmentId: attempt.enrolmentId, submissionId: input.submissionId, assessmentId: judgement.id, version: nextVersion, createdBy: input.createdBy });
  const now = new Date();
  if (current && current.attemptNumber > attempt.attemptNumber) {
    await tx.update(recordSnapshot).set({ supersededAt: now, supersededBy: current.snapshot.id }).where(eq(recordSnapshot.id, snapshot.id));
    return { ...snapshot, supersededAt: now, supersededBy: current.snapshot.id };
  }
  if (current) await tx.update(recordSnapshot).set({ supersededAt: now, supersededBy: snapshot.id }).where(eq(recordSnapshot.id, current.snapshot.id));
  return snapshot;
}
