import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
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

/** Every key a row refers to (evidence files and recordings), read in the caller's snapshot. */
export async function referencedKeys(db: Pick<Db, 'selectDistinct'>): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const { table, column } of STORAGE_KEY_COLUMNS) {
    for (const row of await db.selectDistinct({ key: column }).from(table)) keys.add(row.key);
  }
  return keys;
}

/**
 * Copies every object the store lists into `folder`, a chunk at a time (a recording is never held
 * in memory whole), checking each against the sha256 its key names: a damaged object stops the
 * backup rather than being kept as if it were good. One deleted while the copy runs (a sweep) is skipped.
 */
export async function copyObjectsOut(store: ObjectStore, folder: string): Promise<CopiedObject[]> {
  const copied: CopiedObject[] = [];
  for await (const object of store.list()) {
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
