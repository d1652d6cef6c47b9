import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '@/lib/audit/write-audit';
import { type Actor, can } from '@/lib/auth/permissions';
import { relationshipTo } from '@/lib/auth/relationship';
import type { Db } from '@/lib/db/open-database';
import { evidence, recording, recordingNote } from '@/lib/db/schema';
import type { RolePlayBrief } from '@/lib/portfolio/practical-schemas';
import { RolePlayError, recordingNotFound } from '@/lib/portfolio/role-play/role-play-errors';
import type { RecordingNote } from '@/lib/portfolio/role-play/role-play-schemas';

/**
 * An assessor's or moderator's note at a moment of a recording, about one of the brief's criteria,
 * written with its audit event. Only the learner's assigned assessor and the moderator of a batch
 * holding their record may note; anyone else finds no recording.
 */
export async function addRecordingNote(db: Db, actor: Actor, input: RecordingNote, briefs: readonly RolePlayBrief[]): Promise<string> {
  const [found] = await db
    .select({ learnerId: recording.learnerId, enrolmentId: recording.enrolmentId, briefId: recording.briefId, state: evidence.state })
    .from(recording)
    .innerJoin(evidence, and(eq(evidence.detailId, recording.id), eq(evidence.method, 'role-play')))
    .where(eq(recording.id, input.recordingId));
  if (!found) throw recordingNotFound();
  const relationship = await relationshipTo(db, actor, found.learnerId);
  if (!can(actor, 'recording:note', { relationship })) throw recordingNotFound();
  if (found.state === 'withdrawn') throw new RolePlayError('withdrawn', 'The learner withdrew this recording; it is kept for the audit trail only and takes no more notes.', 409);
  const brief = briefs.find((candidate) => candidate.id === found.briefId);
  if (!brief?.criteria.includes(input.criterion)) {
    throw new RolePlayError('criterion', `Choose one of this role-play's criteria: ${brief?.criteria.join(', ') ?? 'none'}.`, 400, 'criterion');
  }
  const noteId = randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(recordingNote).values({ id: noteId, recordingId: input.recordingId, authorId: actor.id, atSeconds: input.at, criterion: input.criterion, note: input.note });
    await writeAudit(tx, actor, { type: 'enrolment', id: found.enrolmentId }, {
      type: 'role_play.noted',
      data: { recordingId: input.recordingId, noteId, criterion: input.criterion, atSeconds: input.at },
    });
  });
  return noteId;
}
