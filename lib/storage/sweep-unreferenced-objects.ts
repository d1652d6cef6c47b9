import { and, inArray, isNull } from 'drizzle-orm';
import type { Db } from '@/lib/db/open-database';
import { evidenceFile, recording } from '@/lib/db/schema';
import type { ObjectStore } from '@/lib/storage/object-store';

/**
 * Every column that holds a key in the object store; a new one belongs here, or the sweep deletes its
 * files. `removedAt` marks a row whose file the retention period removed (lib/privacy/expire-evidence.ts):
 * such a row no longer holds on to its key, so its bytes go unless a row not removed names the same key.
 */
export const STORAGE_KEY_COLUMNS = [
  { table: evidenceFile, column: evidenceFile.storageKey, removedAt: evidenceFile.removedAt },
  { table: recording, column: recording.storageKey, removedAt: recording.removedAt },
] as const;

export type SweepOptions = {
  /** Grace period in milliseconds: objects stored more recently are kept, as their upload may not have written its row yet. */
  olderThan: number;
  now?: Date;
};

export type SweepReport = { examined: number; young: number; referenced: number; deleted: string[] };

const BATCH = 500;

/**
 * Deletes the stored objects no row references and nothing stored within the grace period: files of
 * uploads whose rows failed, of evidence removed from a draft, of recordings withdrawn, of files past
 * the provider's retention period (rows marked removed count as no reference). An upload
 * stores its bytes before it writes its row, and storing the same bytes again renews the object's
 * time, so an object younger than the grace period is never touched; one stored again while the
 * sweep runs is kept too (the delete re-checks its time).
 */
export async function sweepUnreferencedObjects(db: Pick<Db, 'selectDistinct'>, store: ObjectStore, options: SweepOptions): Promise<SweepReport> {
  if (!Number.isFinite(options.olderThan) || options.olderThan < 0) throw new Error('The grace period must be a duration of zero or more milliseconds.');
  const cutoff = new Date((options.now ?? new Date()).getTime() - options.olderThan);
  const report: SweepReport = { examined: 0, young: 0, referenced: 0, deleted: [] };
  let batch: string[] = [];

  async function sweep(keys: string[]) {
    const used = await referencedKeys(db, keys);
    for (const key of keys) {
      if (used.has(key)) report.referenced += 1;
      else if (await store.delete(key, { unlessModifiedSince: cutoff })) report.deleted.push(key);
      else report.young += 1;
    }
  }

  for await (const object of store.list()) {
    report.examined += 1;
    if (object.modifiedAt >= cutoff) {
      report.young += 1;
      continue;
    }
    batch.push(object.key);
    if (batch.length >= BATCH) {
      await sweep(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await sweep(batch);
  return report;
}

async function referencedKeys(db: Pick<Db, 'selectDistinct'>, keys: string[]): Promise<Set<string>> {
  const used = new Set<string>();
  for (const { table, column, removedAt } of STORAGE_KEY_COLUMNS) {
    const rows = await db
      .selectDistinct({ key: column })
      .from(table)
      .where(and(inArray(column, keys), isNull(removedAt)));
    for (const row of rows) used.add(row.key);
  }
  return used;
}
