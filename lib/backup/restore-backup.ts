import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { type ChainReport, verifyAuditChain } from '@/lib/audit/verify-chain';
import type { DatabaseLocation } from '@/lib/backup/create-backup';
import { copyObjectsIn } from '@/lib/backup/evidence-copy';
import { AUTH_SECRET_FILE, BackupError, type DatabaseSummary, type Manifest, readManifest, summariseDatabase, summaryDifferences } from '@/lib/backup/manifest';
import { hasPgliteDatabase, loadPglite, withFolderLock } from '@/lib/backup/pglite-files';
import { postgresObjectCount, restorePostgres } from '@/lib/backup/postgres-tools';
import { grantAppRole } from '@/lib/db/grant-app-role';
import { type Db, MIGRATIONS_FOLDER, openDatabase } from '@/lib/db/open-database';
import type { ObjectStore } from '@/lib/storage/object-store';

export type RestoreOptions = {
  folder: string;
  /** Where to restore: the data folder, or PostgreSQL as the owner role when there are two roles. */
  database: DatabaseLocation;
  /** The application's role, granted its rights after a PostgreSQL restore run as the owner; null with one role. */
  appRole: string | null;
  store: ObjectStore;
  dataDir: string;
  /** Restore over a database that is not empty (PostgreSQL: its objects are dropped; PGlite: its folder is moved aside). */
  force: boolean;
  now?: Date;
};

export type RestoreReport = { manifest: Manifest; auditEvents: number; movedAside: string | null };

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Everything that can be checked before anything is changed: a refusal here leaves the target untouched. */
async function checkBeforeRestoring(options: RestoreOptions, manifest: Manifest): Promise<void> {
  if (manifest.database.kind !== options.database.kind) {
    throw new BackupError(
      manifest.database.kind === 'pglite'
        ? 'This backup holds the embedded database: unset DATABASE_URL to restore it into the data folder (DATA_DIR).'
        : 'This backup holds a PostgreSQL dump: set DATABASE_URL (and DATABASE_OWNER_URL, if the database has an owner role) to the empty database to restore it into.',
    );
  }
  const newest = Math.max(...readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).map((migration) => migration.folderMillis));
  if (manifest.database.newestMigration > newest) {
    throw new BackupError('This backup was made by a newer version of the course (its database has migrations this version lacks): restore it with that version or a later one.');
  }
  const dump = await readFile(path.join(options.folder, manifest.database.file)).catch((error: unknown) => {
    throw new BackupError(`The backup lacks its database file ${manifest.database.file}: it is incomplete.`, { cause: error });
  });
  if (sha256(dump) !== manifest.database.sha256) throw new BackupError(`The backup's ${manifest.database.file} is damaged (its sha256 differs from the manifest's).`);
  const secretFile = path.join(options.dataDir, AUTH_SECRET_FILE);
  if (manifest.authSecret && existsSync(secretFile) && !options.force && sha256(await readFile(secretFile)) !== manifest.authSecret.sha256) {
    throw new BackupError(`${secretFile} holds another session secret than the backup's: restore into a fresh data folder, or add --force to replace it.`);
  }
  if (options.force) return;
  if (options.database.kind === 'pglite' && hasPgliteDatabase(options.dataDir)) {
    throw new BackupError(`${options.dataDir} already holds an embedded database: restore into an empty data folder, or add --force to move it aside and restore over it.`);
  }
  if (options.database.kind === 'postgres' && (await postgresObjectCount(options.database.url)) > 0) {
    throw new BackupError('The target PostgreSQL database is not empty (it has tables): restore into a new, empty database, or add --force to drop what it holds first.');
  }
}

async function readBack(db: Db): Promise<{ summary: DatabaseSummary; chain: ChainReport }> {
  return { summary: await summariseDatabase(db), chain: await verifyAuditChain(db) };
}

/**
 * Restores a backup made by createBackup: checks the whole backup first, stores the evidence objects
 * (content-addressed, so storing them twice is harmless), then loads the database, and reads it
 * back: every table's row count must match the manifest and the audit chain must verify.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreReport> {
  const manifest = await readManifest(options.folder);
  const { database } = options;
  const dumpFile = path.join(options.folder, manifest.database.file);
  const restore = async () => {
    await checkBeforeRestoring(options, manifest);
    const secret = manifest.authSecret ? await readFile(path.join(options.folder, AUTH_SECRET_FILE)).catch(() => null) : null;
    if (manifest.authSecret && (!secret || sha256(secret) !== manifest.authSecret.sha256)) throw new BackupError(`The backup's ${AUTH_SECRET_FILE} is missing or damaged.`);
    await copyObjectsIn(options.store, options.folder, manifest.evidence.objects);
    let movedAside: string | null = null;
    let read: { summary: DatabaseSummary; chain: ChainReport };
    if (database.kind === 'pglite') {
      const loaded = await loadPglite(options.dataDir, dumpFile, { replace: options.force, now: options.now ?? new Date(), check: readBack });
      movedAside = loaded.movedTo;
      read = loaded.checked;
    } else {
      await restorePostgres(database.url, dumpFile, { replace: options.force });
      const handle = await openDatabase({ kind: 'postgres', url: database.url });
      try {
        if (options.appRole) await grantAppRole(handle.db, options.appRole);
        read = await readBack(handle.db);
      } finally {
        await handle.close();
      }
    }
    const differences = summaryDifferences(manifest.database, read.summary);
    if (differences.length > 0) throw new BackupError(`The restored database differs from the backup: ${differences.join('; ')}.`);
    if (read.chain.firstBreak) throw new BackupError(`The restored audit trail does not verify at event ${read.chain.firstBreak.seq ?? '?'}: ${read.chain.firstBreak.reason}.`);
    if (manifest.authSecret) await writeFile(path.join(options.dataDir, AUTH_SECRET_FILE), secret ?? '', { mode: 0o600 });
    return { manifest, auditEvents: read.chain.events, movedAside };
  };
  // The embedded database and the data folder's files change only while no server holds the folder.
  return database.kind === 'pglite' ? withFolderLock(options.dataDir, restore) : restore();
}
