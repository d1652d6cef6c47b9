import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { keysInUse } from '@/lib/backup/evidence-copy';
import { BackupError, type DatabaseSummary, summariseDatabase } from '@/lib/backup/manifest';
import { acquireFolderLock, DatabaseInUseError } from '@/lib/db/pglite-lock.mjs';
import { type DatabaseHandle, type Db, openDatabase } from '@/lib/db/open-database';
import * as schema from '@/lib/db/schema';

/** The embedded database's own folder inside the data folder (lib/db/open-database.ts). */
export function pgliteFolder(dataDir: string): string {
  return path.join(dataDir, 'pglite');
}

export function hasPgliteDatabase(dataDir: string): boolean {
  return existsSync(path.join(pgliteFolder(dataDir), 'PG_VERSION'));
}

const SERVER_RUNNING =
  'Stop the server first: the embedded database may be copied or replaced only while no server holds its folder (a running server keeps writing to it).';

/** Runs `task` holding the data folder's lock, the one `npm start` and the server take; refuses while a server holds it. */
export async function withFolderLock<T>(dataDir: string, task: () => Promise<T>): Promise<T> {
  let release: () => void;
  await mkdir(dataDir, { recursive: true });
  try {
    release = acquireFolderLock(dataDir);
  } catch (error) {
    if (error instanceof DatabaseInUseError) throw new BackupError(`${error.message} ${SERVER_RUNNING}`, { cause: error });
    throw error;
  }
  try {
    return await task();
  } finally {
    release();
  }
}

/** Opens the folder's existing database (taking its lock); a server holding it is refused with a clear message. */
export async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  if (!hasPgliteDatabase(dataDir)) throw new BackupError(`There is no embedded database in ${dataDir} (set DATA_DIR to the data folder, or DATABASE_URL for PostgreSQL).`);
  try {
    return await openDatabase({ kind: 'pglite', folder: dataDir });
  } catch (error) {
    if (error instanceof DatabaseInUseError) throw new BackupError(`${error.message} ${SERVER_RUNNING}`, { cause: error });
    throw error;
  }
}

function clientOf(handle: DatabaseHandle): PGlite {
  return (handle.db as unknown as { $client: PGlite }).$client;
}

/**
 * Writes the embedded database's data folder to `file` with PGlite's own dump (a gzipped tar). The
 * handle holds the folder's lock, so no server writes to it meanwhile.
 */
export async function dumpPglite(handle: DatabaseHandle, file: string): Promise<{ summary: DatabaseSummary; referenced: Set<string>; removed: Set<string> }> {
  const summary = await summariseDatabase(handle.db);
  const { referenced, removed } = await keysInUse(handle.db);
  // Everything written so far goes into the data files, so the dump needs no WAL replay to be whole.
  await clientOf(handle).exec('CHECKPOINT');
  const archive = await clientOf(handle).dumpDataDir('gzip');
  await writeFile(file, Buffer.from(await archive.arrayBuffer()), { mode: 0o600 });
  return { summary, referenced, removed };
}

/**
 * Loads a dump into the data folder's (empty) database folder. With `replace`, a database already
 * there is moved aside to `pglite.replaced-<time>` first, never deleted: the operator removes it
 * once the restore has proved good. `check` reads the restored database before the caller (who
 * holds the folder's lock) lets a server at it.
 */
export async function loadPglite<T>(
  dataDir: string,
  file: string,
  { replace, now, check }: { replace: boolean; now: Date; check: (db: Db) => Promise<T> },
): Promise<{ movedTo: string | null; checked: T }> {
  let movedTo: string | null = null;
  if (hasPgliteDatabase(dataDir)) {
    if (!replace) throw new BackupError(`${dataDir} already holds an embedded database: restore into an empty data folder, or add --force to move it aside and restore over it.`);
    movedTo = `${pgliteFolder(dataDir)}.replaced-${now.toISOString().replace(/[:.]/g, '-')}`;
    await rename(pgliteFolder(dataDir), movedTo);
  } else if (existsSync(pgliteFolder(dataDir))) {
    // A folder without PG_VERSION is an unfinished database (an interrupted first start): nothing to keep.
    movedTo = `${pgliteFolder(dataDir)}.unfinished-${now.toISOString().replace(/[:.]/g, '-')}`;
    await rename(pgliteFolder(dataDir), movedTo);
  }
  await mkdir(dataDir, { recursive: true });
  const client = new PGlite(pgliteFolder(dataDir), { loadDataDir: new Blob([await readFile(file)]) });
  try {
    await client.waitReady;
    return { movedTo, checked: await check(drizzle(client, { schema })) };
  } finally {
    await client.close();
  }
}
