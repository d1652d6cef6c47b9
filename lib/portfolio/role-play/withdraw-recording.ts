import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { writeAudit } from '@/lib/audit/write-audit';
import { type Actor, can } from '@/lib/auth/permissions';
import type { Db } from '@/lib/db/open-database';
import { assessment, evidence, recording } from '@/lib/db/schema';
import { RolePlayError, recordingNotFound } from '@/lib/portfolio/role-play/role-play-errors';
import { RecordingIdSchema } from '@/lib/portfolio/role-play/role-play-schemas';

/**
 * Takes a kept recording out of the learner's own portfolio: its piece of evidence becomes
 * 'withdrawn' (kept, and still playable, for the audit trail) and no longer counts. Refused once a
 * signed judgement relies on it, since the record that judgement produces must stay whole.
 */
export async function withdrawRecording(db: Db, learner: Actor, recordingId: string): Promise<void> {
  const parsed = RecordingIdSchema.safeParse(recordingId);
  if (!parsed.success || !can(learner, 'recording:keep', { relationship: 'self' })) throw recordingNotFound();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ evidenceId: evidence.id, state: evidence.state, enrolmentId: recording.enrolmentId })
      .from(recording)
      .innerJoin(evidence, and(eq(evidence.detailId, recording.id), eq(evidence.method, 'role-play')))
      .where(and(eq(recording.id, parsed.data), eq(recording.learnerId, learner.id)))
      .for('update', { of: evidence });
    if (!row) throw recordingNotFound();
    if (row.state === 'withdrawn') throw new RolePlayError('withdrawn', 'This recording is already withdrawn.', 409);
    const [relied] = await tx
      .select({ id: assessment.id })
      .from(assessment)
      .where(and(eq(assessment.status, 'signed'), sql`${assessment.evidenceIds} @> ${JSON.stringify([row.evidenceId])}::jsonb`))
      .limit(1);
    if (relied) {
      throw new RolePlayError('relied-on', 'A signed judgement relies on this recording, so it stays in your portfolio. Ask your assessor if something in it must be corrected.', 409);
    }
    await tx.update(evidence).set({ state: 'withdrawn', updatedAt: new Date() }).where(eq(evidence.id, row.evidenceId));
    await writeAudit(tx, learner, { type: 'enrolment', id: row.enrolmentId }, { type: 'role_play.withdrawn', data: { recordingId: parsed.data, evidenceId: row.evidenceId } });
  });
}
