import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { copyObjectsOut } from '@/lib/backup/evidence-copy';
import { AUTH_SECRET_FILE, BackupError, type DatabaseSummary, type Manifest, PGLITE_FILE, POSTGRES_FILE, writeManifest } from '@/lib/backup/manifest';
import { dumpPglite, openPglite } from '@/lib/backup/pglite-files';
import { dumpPostgres } from '@/lib/backup/postgres-tools';
import type { ObjectStore } from '@/lib/storage/object-store';

/** The embedded database in a data folder, or PostgreSQL at a URL (the owner's when there is one). */
export type DatabaseLocation = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

export type BackupOptions = {
  database: DatabaseLocation;
  store: ObjectStore;
  /** The folder the backup's own folder is made in. */
  into: string;
  /** The data folder, for the generated session secret it may hold. */
  dataDir: string;
  now?: Date;
};

async function sha256OfFile(file: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
}

/** `course-backup-20260302T081500Z`: sorts by time, and is a valid name on every file system. */
export function backupName(now: Date): string {
  return `course-backup-${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}`;
}

/**
 * Makes one backup folder holding the database, every evidence object and the manifest describing
 * them. It is built under `<name>.partial` and renamed only when complete, so a folder without
 * that suffix is always a whole backup. With the embedded database the folder's lock is held from
 * the dump to the last evidence object, so the objects are those the dumped rows refer to.
 */
export async function createBackup(options: BackupOptions): Promise<{ folder: string; manifest: Manifest }> {
  const now = options.now ?? new Date();
  const folder = path.join(options.into, backupName(now));
  if (existsSync(folder)) throw new BackupError(`${folder} already exists: wait a second and run the backup again.`);
  const partial = `${folder}.partial`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true, mode: 0o700 });
  try {
    const file = options.database.kind === 'pglite' ? PGLITE_FILE : POSTGRES_FILE;
    const target = path.join(partial, file);
    const copy = async (dumped: { summary: DatabaseSummary; referenced: Set<string>; removed: Set<string> }) => {
      const objects = await copyObjectsOut(options.store, partial, dumped.removed);
      const copied = new Set(objects.map((object) => object.key));
      return { ...dumped, objects, missing: [...dumped.referenced].filter((key) => !copied.has(key)).sort() };
    };
    let result: Awaited<ReturnType<typeof copy>>;
    if (options.database.kind === 'pglite') {
      const handle = await openPglite(options.database.dataDir);
      try {
        result = await copy(await dumpPglite(handle, target));
      } finally {
        await handle.close();
      }
    } else {
      // PostgreSQL's dump is one snapshot while the servers keep running; objects are only ever
      // deleted long after no row refers to them, so those the snapshot's rows need are still there.
      result = await copy(await dumpPostgres(options.database.url, target));
    }
    const secretFile = path.join(options.dataDir, AUTH_SECRET_FILE);
    const authSecret = existsSync(secretFile) ? { sha256: await sha256OfFile(secretFile) } : null;
    if (authSecret) await copyFile(secretFile, path.join(partial, AUTH_SECRET_FILE));
    const manifest: Manifest = {
      format: 'course-backup',
      version: 1,
      createdAt: now.toISOString(),
      database: { kind: options.database.kind, file, sha256: await sha256OfFile(target), ...result.summary },
      evidence: { source: options.store.kind, objects: result.objects, missing: result.missing },
      authSecret,
    };
    await writeManifest(partial, manifest);
    await rename(partial, folder);
    return { folder, manifest };
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
}
