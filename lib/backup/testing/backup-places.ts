import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { DatabaseLocation } from '@/lib/backup/create-backup';
import { roleOfUrl } from '@/lib/db/grant-app-role';
import { migratePostgres } from '@/lib/db/migrate-postgres';
import { type DatabaseHandle, openDatabase } from '@/lib/db/open-database';
import { migratedPgliteTemplate } from '@/lib/db/testing/pglite-template';
import { createEmptyPostgresDatabase, type TestDatabaseKind } from '@/lib/db/testing/test-databases';

/** Where a restore goes: the database to restore into, and how to open it afterwards as the server would. */
export type RestorePlace = { database: DatabaseLocation; appRole: string | null; dataDir: string; open: () => Promise<DatabaseHandle>; remove: () => Promise<void> };

/** A migrated database to seed and back up; `wipe` destroys it and its data folder, returning an empty place to restore into. */
export type BackupPlace = { handle: DatabaseHandle; database: DatabaseLocation; dataDir: string; wipe: () => Promise<RestorePlace> };

/** A data folder whose embedded database starts as the migrated template (much faster than migrating). */
async function pgliteDataFolder(): Promise<string> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'backup-data-'));
  const client = new PGlite(path.join(dataDir, 'pglite'), { loadDataDir: await migratedPgliteTemplate() });
  await client.waitReady;
  await client.close();
  return dataDir;
}

async function pglitePlace(): Promise<BackupPlace> {
  const dataDir = await pgliteDataFolder();
  const handle = await openDatabase({ kind: 'pglite', folder: dataDir });
  return {
    handle,
    database: { kind: 'pglite', dataDir },
    dataDir,
    async wipe() {
      await handle.close();
      await rm(dataDir, { recursive: true, force: true });
      await mkdir(dataDir);
      return {
        database: { kind: 'pglite', dataDir },
        appRole: null,
        dataDir,
        open: () => openDatabase({ kind: 'pglite', folder: dataDir }),
        remove: () => rm(dataDir, { recursive: true, force: true }),
      };
    },
  };
}

async function postgresPlace(): Promise<BackupPlace> {
  const source = await createEmptyPostgresDatabase();
  await migratePostgres({ appUrl: source.appUrl ?? source.ownerUrl, ownerUrl: source.appUrl ? source.ownerUrl : null });
  const handle = await openDatabase({ kind: 'postgres', url: source.appUrl ?? source.ownerUrl });
  const dataDir = await mkdtemp(path.join(tmpdir(), 'backup-data-'));
  return {
    handle,
    // As `npm run backup` does with two roles: the owner dumps, since it owns every object.
    database: { kind: 'postgres', url: source.ownerUrl },
    dataDir,
    async wipe() {
      await handle.close();
      await source.drop();
      await rm(dataDir, { recursive: true, force: true });
      await mkdir(dataDir);
      const target = await createEmptyPostgresDatabase();
      const appUrl = target.appUrl;
      return {
        database: { kind: 'postgres', url: target.ownerUrl },
        appRole: appUrl ? roleOfUrl(appUrl) : null,
        dataDir,
        open: () => openDatabase({ kind: 'postgres', url: appUrl ?? target.ownerUrl }),
        remove: async () => {
          await target.drop();
          await rm(dataDir, { recursive: true, force: true });
        },
      };
    },
  };
}

export function backupPlace(kind: TestDatabaseKind): Promise<BackupPlace> {
  return kind === 'pglite' ? pglitePlace() : postgresPlace();
}
