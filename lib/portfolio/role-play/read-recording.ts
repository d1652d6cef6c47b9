import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { type Actor, can, type Relationship } from '@/lib/auth/permissions';
import { relationshipTo } from '@/lib/auth/relationship';
import { evidence, profile, recording, recordingNote } from '@/lib/db/schema';
import type { EvidenceState } from '@/lib/db/schema/portfolio';
import type { Role } from '@/lib/db/schema/people';
import { RecordingIdSchema } from '@/lib/portfolio/role-play/role-play-schemas';
import { latestSignature } from '@/lib/portfolio/role-play/signed-evidence';

export type RecordingNoteView = { id: string; atSeconds: number; criterion: string; note: string; authorName: string; authorRole: Role; createdAt: Date };

export type RecordingView = {
  id: string;
  briefId: string;
  name: string;
  mediaType: string;
  durationSeconds: number | null;
  keptAt: Date;
  /** When the provider's retention period removed the bytes: the notes stay, there is nothing to play. */
  removedAt: Date | null;
  evidenceId: string;
  state: EvidenceState;
  learnerId: string;
  learnerName: string;
  relationship: Relationship;
  /** The viewer may add time-stamped notes. */
  canNote: boolean;
  /** The notes this viewer may read, in time order. */
  notes: RecordingNoteView[];
  /** For the learner: notes wait until a judgement is signed. */
  notesAwaitSignature: boolean;
};

/**
 * A recording with its notes for someone entitled to read the learner's evidence (the learner, the
 * assigned assessor, the moderator of a batch holding the learner's record, an admin); null for
 * anyone else. The learner reads the assessors' notes as feedback: those written up to the latest
 * signed judgement, and none before one is signed. Moderators' notes are for the assessor.
 */
export async function readRecordingForViewer(db: DbOrTx, actor: Actor, recordingId: string): Promise<RecordingView | null> {
  const parsed = RecordingIdSchema.safeParse(recordingId);
  if (!parsed.success) return null;
  const [row] = await db
    .select({ recording, evidenceId: evidence.id, state: evidence.state, learnerName: profile.fullName })
    .from(recording)
    .innerJoin(evidence, and(eq(evidence.detailId, recording.id), eq(evidence.method, 'role-play')))
    .innerJoin(profile, eq(profile.userId, recording.learnerId))
    .where(eq(recording.id, parsed.data));
  if (!row) return null;
  const relationship = await relationshipTo(db, actor, row.recording.learnerId);
  if (!can(actor, 'submission:read', { relationship })) return null;

  const notes = await db
    .select({
      id: recordingNote.id,
      atSeconds: recordingNote.atSeconds,
      criterion: recordingNote.criterion,
      note: recordingNote.note,
      authorName: profile.fullName,
      authorRole: profile.role,
      createdAt: recordingNote.createdAt,
    })
    .from(recordingNote)
    .innerJoin(profile, eq(profile.userId, recordingNote.authorId))
    .where(eq(recordingNote.recordingId, parsed.data))
    .orderBy(asc(recordingNote.atSeconds), asc(recordingNote.createdAt));
  const signedAt = relationship === 'self' ? await latestSignature(db, row.recording.enrolmentId) : null;
  const readable = relationship !== 'self' ? notes : notes.filter((note) => note.authorRole === 'assessor' && signedAt !== null && note.createdAt <= signedAt);

  return {
    id: row.recording.id,
    briefId: row.recording.briefId,
    name: row.recording.name,
    mediaType: row.recording.mediaType,
    durationSeconds: row.recording.durationSeconds,
    keptAt: row.recording.createdAt,
    removedAt: row.recording.removedAt,
    evidenceId: row.evidenceId,
    state: row.state,
    learnerId: row.recording.learnerId,
    learnerName: row.learnerName,
    relationship,
    canNote: can(actor, 'recording:note', { relationship }) && row.state !== 'withdrawn',
    notes: readable,
    notesAwaitSignature: relationship === 'self' && signedAt === null,
  };
}
