import { and, desc, eq, isNull } from 'drizzle-orm';
import { type Actor, writeAudit } from '@/lib/audit/write-audit';
import type { Db } from '@/lib/db/open-database';
import { recordSnapshot } from '@/lib/db/schema';
import type { RecordDeps } from '@/lib/record/build-record';
import { createSnapshot, type Snapshot } from '@/lib/record/snapshot-record';

export class RecordCorrectionError extends Error {}

/**
 * A final record is never edited. A correction (say, a misspelt name fixed on the profile) issues
 * a new version with its own snapshot and code, and marks the old one superseded.
 */
export async function issueCorrection(db: Db, actor: NonNullable<Actor>, deps: RecordDeps, submissionId: string, reason: string): Promise<Snapshot> {
  if (reason.trim().length < 10) throw new RecordCorrectionError('Say what is corrected and why (at least a short sentence): it is kept with the new version.');
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(recordSnapshot)
      .where(and(eq(recordSnapshot.submissionId, submissionId), isNull(recordSnapshot.supersededAt)))
      .orderBy(desc(recordSnapshot.version))
      .for('update');
    if (!current) throw new RecordCorrectionError('Only a final record can be corrected: this one is not final yet, so change it through assessment or moderation.');
    const next = await createSnapshot(tx, deps, { enrolmentId: current.enrolmentId, submissionId, version: current.version + 1, createdBy: actor.id, correctionReason: reason.trim() });
    await tx.update(recordSnapshot).set({ supersededAt: new Date(), supersededBy: next.id }).where(eq(recordSnapshot.id, current.id));
    await writeAudit(tx, actor, { type: 'submission', id: submissionId }, {
      type: 'record.corrected',
      data: { version: next.version, sha256: next.sha256, code: next.verificationCode, supersedes: current.verificationCode, reason: reason.trim() },
    });
    return next;
  });
}
