import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { type Actor, can } from '@/lib/auth/permissions';
import { relationshipTo } from '@/lib/auth/relationship';
import { recording } from '@/lib/db/schema';
import { RecordingIdSchema } from '@/lib/portfolio/role-play/role-play-schemas';

/** `removedAt`: when the provider's retention period removed the bytes (then there is nothing to stream). */
export type RecordingFile = { storageKey: string; mediaType: string; name: string; removedAt: Date | null };

/** Where a recording's bytes are, for someone entitled to read the learner's evidence; null for anyone else. */
export async function recordingFileForViewer(db: DbOrTx, actor: Actor, recordingId: string): Promise<RecordingFile | null> {
  const parsed = RecordingIdSchema.safeParse(recordingId);
  if (!parsed.success) return null;
  const [row] = await db
    .select({ learnerId: recording.learnerId, storageKey: recording.storageKey, mediaType: recording.mediaType, name: recording.name, removedAt: recording.removedAt })
    .from(recording)
    .where(eq(recording.id, parsed.data));
  if (!row) return null;
  if (!can(actor, 'submission:read', { relationship: await relationshipTo(db, actor, row.learnerId) })) return null;
  return { storageKey: row.storageKey, mediaType: row.mediaType, name: row.name, removedAt: row.removedAt };
}
