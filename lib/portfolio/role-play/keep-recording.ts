import 'server-only';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { type DbOrTx, writeAudit } from '@/lib/audit/write-audit';
import { type Actor, can } from '@/lib/auth/permissions';
import type { Db } from '@/lib/db/open-database';
import { enrolment, evidence, profile, recording } from '@/lib/db/schema';
import { BYTES_PER_MEGABYTE, checkRecordingUpload } from '@/lib/evidence/recording-rules';
import type { RecordingMediaType } from '@/lib/evidence/sniff-recording';
import type { RolePlayBrief } from '@/lib/portfolio/practical-schemas';
import { RolePlayError } from '@/lib/portfolio/role-play/role-play-errors';
import { BriefIdSchema } from '@/lib/portfolio/role-play/role-play-schemas';
import { readSettings } from '@/lib/settings/settings-store';
import type { ObjectStore } from '@/lib/storage/object-store';

export type KeepRecordingInput = {
  learner: Actor;
  briefId: string;
  /** The file's name as the device or the recorder gave it. */
  name: string;
  bytes: Uint8Array;
  /** As the in-browser recorder timed it; null for an uploaded file. */
  durationSeconds: number | null;
};

export type KeptRecording = { recordingId: string; evidenceId: string; name: string; mediaType: RecordingMediaType; size: number };

/** The provider's limit on one recording, in bytes. */
export async function recordingLimitBytes(db: DbOrTx): Promise<number> {
  return (await readSettings(db)).recordingMaxMegabytes * BYTES_PER_MEGABYTE;
}

/**
 * Keeps a role-play recording in the learner's own portfolio: checked by content and against the
 * provider's size limit, stored under its hash, then recorded in one transaction as the recording,
 * the piece of evidence claiming the brief's criteria on its channel, and the audit event. If the
 * rows cannot be written, the stored file is removed again unless something else uses it; if the
 * file cannot be stored (a full disk: StorageFullError), no row is written.
 */
export async function keepRecording(db: Db, store: ObjectStore, input: KeepRecordingInput, briefs: readonly RolePlayBrief[]): Promise<KeptRecording> {
  const { learner } = input;
  const parsedBrief = BriefIdSchema.safeParse(input.briefId);
  const brief = parsedBrief.success ? briefs.find((candidate) => candidate.id === parsedBrief.data) : undefined;
  if (!can(learner, 'recording:keep', { relationship: 'self' }) || !brief) {
    throw new RolePlayError('not-found', 'There is no such role-play.', 404);
  }
  const [enrolled] = await db.select({ id: enrolment.id }).from(enrolment).where(eq(enrolment.learnerId, learner.id));
  if (!enrolled) throw new RolePlayError('not-enrolled', 'You are not enrolled on this course, so there is no portfolio to keep a recording in.', 404);
  const checked = checkRecordingUpload({ name: input.name, bytes: input.bytes, maxBytes: await recordingLimitBytes(db) });
  if (!checked.ok) throw new RolePlayError(checked.code, checked.message, checked.code === 'too-large' ? 413 : 400, 'file');

  const stored = await store.put(input.bytes);
  const recordingId = randomUUID();
  const evidenceId = randomUUID();
  const { mediaType } = checked.recording;
  try {
    await db.transaction(async (tx) => {
      const [person] = await tx.select({ fullName: profile.fullName }).from(profile).where(eq(profile.userId, learner.id));
      const now = new Date();
      await tx.insert(recording).values({
        id: recordingId,
        enrolmentId: enrolled.id,
        learnerId: learner.id,
        briefId: brief.id,
        name: checked.safeName,
        mediaType,
        size: stored.size,
        sha256: stored.sha256,
        storageKey: stored.storageKey,
        durationSeconds: input.durationSeconds,
        createdAt: now,
      });
      await tx.insert(evidence).values({
        id: evidenceId,
        enrolmentId: enrolled.id,
        learnerId: learner.id,
        method: 'role-play',
        criteria: [...brief.criteria],
        channel: brief.channel,
        title: brief.title,
        state: 'submitted',
        detailId: recordingId,
        attesterRole: 'learner',
        attesterId: learner.id,
        attesterName: person?.fullName ?? '',
        occurredAt: now,
        createdAt: now,
        updatedAt: now,
      });
      await writeAudit(tx, learner, { type: 'enrolment', id: enrolled.id }, {
        type: 'role_play.kept',
        data: { recordingId, evidenceId, briefId: brief.id, name: checked.safeName, mediaType, sha256: stored.sha256, size: stored.size },
      });
    });
  } catch (error) {
    await store.removeUnreferenced(stored.storageKey, async () => {
      const rows = await db.select({ id: recording.id }).from(recording).where(eq(recording.storageKey, stored.storageKey)).limit(1);
      return rows.length > 0;
    });
    throw error;
  }
  return { recordingId, evidenceId, name: checked.safeName, mediaType, size: stored.size };
}
