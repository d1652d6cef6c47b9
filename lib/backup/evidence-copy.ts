import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { isNotNull } from 'drizzle-orm';
import type { Db } from '@/lib/db/open-database';
import { BackupError, type Manifest } from '@/lib/backup/manifest';
import { ObjectNotFoundError, type ObjectStore } from '@/lib/storage/object-store';
import { STORAGE_KEY_COLUMNS } from '@/lib/storage/sweep-unreferenced-objects';

export type CopiedObject = Manifest['evidence']['objects'][number];

/** The object's content hash, which its key names: `evidence/<2 hex>/<sha256>`. */
function hashOfKey(key: string): string {
  return key.slice(key.lastIndexOf('/') + 1);
}

function fileOf(folder: string, key: string): string {
  return path.join(folder, ...key.split('/'));
}

/**
 * The keys rows refer to (evidence files and recordings), read in the caller's snapshot: `referenced`
 * by a file still held, `removed` only by files the retention period removed. A backup leaves the
 * removed ones out, as the provider decided not to keep them, and does not count them as missing
 * once the sweep has deleted them. A key a held file shares stays referenced.
 */
export async function keysInUse(db: Pick<Db, 'selectDistinct'>): Promise<{ referenced: Set<string>; removed: Set<string> }> {
  const referenced = new Set<string>();
  const removedOnce = new Set<string>();
  for (const { table, column, removedAt } of STORAGE_KEY_COLUMNS) {
    for (const row of await db.selectDistinct({ key: column, removed: isNotNull(removedAt) }).from(table)) (row.removed ? removedOnce : referenced).add(row.key);
  }
  return { referenced, removed: new Set([...removedOnce].filter((key) => !referenced.has(key))) };
}

/**
 * Copies every object the store lists into `folder`, a chunk at a time (a recording is never held
 * in memory whole), checking each against the sha256 its key names: a damaged object stops the
 * backup rather than being kept as if it were good. One deleted while the copy runs (a sweep) is
 * skipped, and so are the `removed` files past the retention period the sweep has not deleted yet.
 */
export async function copyObjectsOut(store: ObjectStore, folder: string, removed: ReadonlySet<string> = new Set()): Promise<CopiedObject[]> {
  const copied: CopiedObject[] = [];
  for await (const object of store.list()) {
    if (removed.has(object.key)) continue;
    const target = fileOf(folder, object.key);
    await mkdir(path.dirname(target), { recursive: true });
    const partial = `${target}.partial`;
    const hash = createHash('sha256');
    let size = 0;
    const file = await open(partial, 'w', 0o600);
    try {
      for await (const chunk of await store.stream(object.key)) {
        hash.update(chunk);
        size += chunk.length;
        await file.write(chunk);
      }
    } catch (error) {
      await file.close();
      await rm(partial, { force: true });
      if (error instanceof ObjectNotFoundError) continue;
      throw error;
    }
    await file.close();
    const sha256 = hash.digest('hex');
    if (sha256 !== hashOfKey(object.key)) {
      await rm(partial, { force: true });
      throw new BackupError(`The stored object ${object.key} does not hold the content its name says (its sha256 is ${sha256}): the store is damaged, so no backup was made.`);
    }
    await rename(partial, target);
    copied.push({ key: object.key, size, sha256 });
  }
  return copied.sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * Stores every object of the backup in `store`, after checking its bytes against the manifest. The
 * store is content-addressed, so an object it already holds is stored again unchanged.
 */
export async function copyObjectsIn(store: ObjectStore, folder: string, objects: readonly CopiedObject[]): Promise<void> {
  for (const object of objects) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(fileOf(folder, object.key));
    } catch (error) {
      throw new BackupError(`The backup lacks the evidence object ${object.key} its manifest lists: it is incomplete.`, { cause: error });
    }
    if (createHash('sha256').update(bytes).digest('hex') !== object.sha256) {
      throw new BackupError(`The backup's copy of ${object.key} is damaged (its sha256 differs from the manifest's).`);
    }
    const stored = await store.put(bytes);
    if (stored.storageKey !== object.key) throw new BackupError(`The store kept ${object.key} under another key, ${stored.storageKey}.`);
  }
}
