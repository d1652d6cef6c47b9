import 'server-only';
import { dataDir } from '@/lib/db/data-dir';
import { env } from '@/lib/env';
import { migrateIfPending } from '@/lib/db/migration-state';
import { type DatabaseHandle, type Db, openDatabase, targetFromEnvironment } from '@/lib/db/open-database';

const globalCache = globalThis as typeof globalThis & { database?: Promise<DatabaseHandle> };

async function open(): Promise<DatabaseHandle> {
  const handle = await openDatabase(targetFromEnvironment(dataDir()));
  try {
    await migrateIfPending(handle, { migrate: env().migrateOnStart });
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

/** The process's one database connection, opened (and migrated when it may and must) on first use (never during a build). */
export async function getDb(): Promise<Db> {
  if (process.env.NEXT_PHASE === 'phase-production-build') {
    throw new Error('A page tried to open the database during the build: make it dynamic (await connection()) first.');
  }
  globalCache.database ??= open().catch((error: unknown) => {
    globalCache.database = undefined;
    throw error;
  });
  return (await globalCache.database).db;
}
