import { eq } from 'drizzle-orm';
import { type Actor, writeAudit } from '@/lib/audit/write-audit';
import type { Db } from '@/lib/db/open-database';
import { recordSnapshot, submission } from '@/lib/db/schema';
import { latestSignedJudgement, type RecordDeps } from '@/lib/record/build-record';
import { lockRecordVersions } from '@/lib/record/record-versions';
import { createSnapshot, type Snapshot } from '@/lib/record/snapshot-record';

export class RecordCorrectionError extends Error {}

/**
 * A final record is never edited. A correction (say, a misspelt name fixed on the profile) issues
 * the enrolment's next version with its own snapshot and code, sealing the same signed judgement,
 * and marks the old one superseded. Only the current record can be corrected.
 */
export async function issueCorrection(db: Db, actor: NonNullable<Actor>, deps: RecordDeps, submissionId: string, reason: string): Promise<Snapshot> {
  if (reason.trim().length < 10) throw new RecordCorrectionError('Say what is corrected and why (at least a short sentence): it is kept with the new version.');
  return db.transaction(async (tx) => {
    const [attempt] = await tx.select({ enrolmentId: submission.enrolmentId }).from(submission).where(eq(submission.id, submissionId));
    if (!attempt) throw new RecordCorrectionError('Only a final record can be corrected: this one is not final yet, so change it through assessment or moderation.');
    const { current, nextVersion } = await lockRecordVersions(tx, attempt.enrolmentId);
    if (!current) throw new RecordCorrectionError('Only a final record can be corrected: this one is not final yet, so change it through assessment or moderation.');
    if (current.snapshot.submissionId !== submissionId) {
      throw new RecordCorrectionError('This attempt\u2019s record is not the learner\u2019s current record: correct the current one instead.');
    }
    // Snapshots made before they named their judgement seal the attempt's latest signed round.
    const assessmentId = current.snapshot.assessmentId ?? (await latestSignedJudgement(tx, submissionId))?.id;
    if (!assessmentId) throw new RecordCorrectionError('This record has no signed judgement to seal.');
    const next = await createSnapshot(tx, deps, {
      enrolmentId: attempt.enrolmentId,
      submissionId,
      assessmentId,
      version: nextVersion,
      createdBy: actor.id,
      correctionReason: reason.trim(),
    });
    await tx.update(recordSnapshot).set({ supersededAt: new Date(), supersededBy: next.id }).where(eq(recordSnapshot.id, current.snapshot.id));
    await writeAudit(tx, actor, { type: 'submission', id: submissionId }, {
      type: 'record.corrected',
      data: { version: next.version, sha256: next.sha256, code: next.verificationCode, supersedes: current.snapshot.verificationCode, reason: reason.trim() },
    });
    return next;
  });
}
