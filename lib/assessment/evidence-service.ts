import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { AssessmentRuleError } from '@/lib/assessment/assessment-errors';
import { LOCKED_MESSAGE } from '@/lib/assessment/save-answer';
import { writeAudit } from '@/lib/audit/write-audit';
import { type Actor, can } from '@/lib/auth/permissions';
import { relationshipTo } from '@/lib/auth/relationship';
import type { Db } from '@/lib/db/open-database';
import { evidenceFile, submission } from '@/lib/db/schema';
import { checkUpload } from '@/lib/evidence/evidence-rules';
import type { ObjectStore } from '@/lib/storage/object-store';

export class EvidenceRefusedError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'EvidenceRefusedError';
  }
}

async function ownDraft(db: Pick<Db, 'select'>, learnerId: string, submissionId: string) {
  const [row] = await db.select({ status: submission.status }).from(submission).where(and(eq(submission.id, submissionId), eq(submission.learnerId, learnerId)));
  if (!row) throw new AssessmentRuleError('not-found', 'There is no such attempt.');
  if (row.status !== 'draft') throw new AssessmentRuleError('locked', LOCKED_MESSAGE);
}

/**
 * Adds an evidence file to the learner's own draft: checked by content and size, stored under its
 * hash, then recorded with its audit event. If recording fails, the stored file is removed again;
 * if storing fails (a full disk: StorageFullError; an unreachable object store: StorageUnavailableError), no row is written.
 */
export async function addEvidence(db: Db, store: ObjectStore, learnerId: string, submissionId: string, file: { name: string; bytes: Uint8Array }) {
  await ownDraft(db, learnerId, submissionId);
  const [existing] = await db.select({ value: count() }).from(evidenceFile).where(eq(evidenceFile.submissionId, submissionId));
  const checked = checkUpload({ name: file.name, bytes: file.bytes, existingCount: existing?.value ?? 0 });
  if (!checked.ok) throw new EvidenceRefusedError(checked.code, checked.message);
  const stored = await store.put(file.bytes);
  const id = randomUUID();
  try {
    await db.transaction(async (tx) => {
      await ownDraft(tx, learnerId, submissionId);
      const [again] = await tx.select({ value: count() }).from(evidenceFile).where(eq(evidenceFile.submissionId, submissionId));
      const recheck = checkUpload({ name: file.name, bytes: file.bytes, existingCount: again?.value ?? 0 });
      if (!recheck.ok) throw new EvidenceRefusedError(recheck.code, recheck.message);
      await tx.insert(evidenceFile).values({ id, submissionId, name: checked.safeName, mediaType: checked.mediaType, size: stored.size, sha256: stored.sha256, storageKey: stored.storageKey });
      await writeAudit(tx, { id: learnerId, role: 'learner' }, { type: 'submission', id: submissionId }, {
        type: 'evidence.added',
        data: { name: checked.safeName, sha256: stored.sha256, size: stored.size },
      });
    });
  } catch (error) {
    await store.removeUnreferenced(stored.storageKey, async () => {
      const rows = await db.select({ id: evidenceFile.id }).from(evidenceFile).where(eq(evidenceFile.storageKey, stored.storageKey)).limit(1);
      return rows.length > 0;
    });
    throw error;
  }
  return { id, name: checked.safeName, mediaType: checked.mediaType, size: stored.size, sha256: stored.sha256 };
}

export async function removeEvidence(db: Db, store: ObjectStore, learnerId: string, submissionId: string, fileId: string): Promise<void> {
  const removed = await db.transaction(async (tx) => {
    await ownDraft(tx, learnerId, submissionId);
    const [row] = await tx.select().from(evidenceFile).where(and(eq(evidenceFile.id, fileId), eq(evidenceFile.submissionId, submissionId)));
    if (!row) throw new AssessmentRuleError('not-found', 'There is no such file in this attempt.');
    await tx.delete(evidenceFile).where(eq(evidenceFile.id, fileId));
    await writeAudit(tx, { id: learnerId, role: 'learner' }, { type: 'submission', id: submissionId }, { type: 'evidence.removed', data: { name: row.name, sha256: row.sha256 } });
    return row;
  });
  await store.removeUnreferenced(removed.storageKey, async () => {
    const rows = await db.select({ id: evidenceFile.id }).from(evidenceFile).where(eq(evidenceFile.storageKey, removed.storageKey)).limit(1);
    return rows.length > 0;
  });
}

/** What a viewer gets: the file's bytes, or for a file past the retention period only when it was removed. */
export type ViewedEvidence = { name: string; mediaType: string; bytes: Uint8Array; removedAt: null } | { name: string; mediaType: string; bytes: null; removedAt: Date };

/**
 * The file's bytes for someone entitled to read the submission; anyone else finds nothing. A file the
 * retention period removed is answered with its removal date and the store is not asked: its bytes
 * may already be swept, and a file that is gone must read as removed, not as a fault.
 */
export async function evidenceForViewer(db: Db, store: ObjectStore, actor: Actor, fileId: string): Promise<ViewedEvidence | null> {
  const [row] = await db
    .select({ file: evidenceFile, learnerId: submission.learnerId })
    .from(evidenceFile)
    .innerJoin(submission, eq(submission.id, evidenceFile.submissionId))
    .where(eq(evidenceFile.id, fileId));
  if (!row) return null;
  const relationship = await relationshipTo(db, actor, row.learnerId);
  if (!can(actor, 'submission:read', { relationship })) return null;
  if (row.file.removedAt) return { name: row.file.name, mediaType: row.file.mediaType, bytes: null, removedAt: row.file.removedAt };
  return { name: row.file.name, mediaType: row.file.mediaType, bytes: await store.read(row.file.storageKey), removedAt: null };
}
