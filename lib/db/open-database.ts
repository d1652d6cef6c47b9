import path from 'node:path';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { FairPGlite } from '@/lib/db/fair-pglite';
import { acquireFolderLock } from '@/lib/db/pglite-lock.mjs';
import { env } from '@/lib/env';
import * as schema from '@/lib/db/schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type DatabaseTarget = { kind: 'pglite'; folder: string } | { kind: 'pglite-memory'; template?: Blob } | { kind: 'postgres'; url: string };

export type DatabaseHandle = {
  db: Db;
  kind: DatabaseTarget['kind'];
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

/**
 * One provider's cohort fits in far less than PostgreSQL's default 128 MB of shared buffers, and
 * the embedded database keeps that memory for the life of the process (measured: about 150 MB less).
 */
const EMBEDDED_OPTIONS = { postgresqlconf: ['shared_buffers = 32MB', 'work_mem = 4MB'] };

export const MIGRATIONS_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), 'lib/db/migrations');

/** Opens the embedded database (a folder, or memory for tests) or PostgreSQL, with the same schema. */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: env().databasePoolSize });
    const db = drizzlePg(pool, { schema });
    return {
      db,
      kind: 'postgres',
      migrate: () => migratePg(db, { migrationsFolder: MIGRATIONS_FOLDER }),
      close: () => pool.end(),
    };
  }
  const release = target.kind === 'pglite' ? acquireFolderLock(target.folder) : () => {};
  try {
    const client =
      target.kind === 'pglite'
        ? new FairPGlite(path.join(target.folder, 'pglite'), EMBEDDED_OPTIONS)
        : new FairPGlite({ ...EMBEDDED_OPTIONS, loadDataDir: target.template });
    await client.waitReady;
    const db = drizzlePglite(client, { schema });
    return {
      db,
      kind: target.kind,
      // The embedded database has no autovacuum, so nothing else gathers the planner's statistics:
      // without them it guesses a handful of rows and picks nested loops that cost seconds on a
      // queue of thousands. Gathered at every start, after migrating.
      migrate: async () => {
        await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
        await client.exec('analyze');
      },
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** PostgreSQL when DATABASE_URL (the application's role) is set, otherwise the embedded database in the data folder. */
export function targetFromEnvironment(folder: string): DatabaseTarget {
  const url = env().databaseUrl;
  return url ? { kind: 'postgres', url } : { kind: 'pglite', folder };
}

/**
 * The owner role's URL (DATABASE_OWNER_URL), used only to migrate PostgreSQL and grant the
 * application's role its rights; null when the application's role owns the schema itself.
 */
export function ownerUrlFromEnvironment(): string | null {
  return env().databaseOwnerUrl;
}
