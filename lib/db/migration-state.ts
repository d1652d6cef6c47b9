import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { type DatabaseHandle, MIGRATIONS_FOLDER } from '@/lib/db/open-database';

/** Both drivers answer a raw query with its rows. */
async function firstRow<T>(handle: DatabaseHandle, query: ReturnType<typeof sql>): Promise<T | undefined> {
  const result = (await handle.db.execute(query)) as unknown as { rows: T[] };
  return result.rows[0];
}

export const OWNER_ADVICE = 'Run `npm run db:migrate` with DATABASE_OWNER_URL set to the owner role (and DATABASE_URL to the application role), then start again.';

/** Whether a committed migration is newer than the last one applied (drizzle's own test). */
export async function migrationsPending(handle: DatabaseHandle): Promise<boolean> {
  const newest = Math.max(...readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).map((migration) => migration.folderMillis));
  const table = await firstRow<{ present: boolean }>(handle, sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`);
  if (!table?.present) return true;
  const last = await firstRow<{ last: string | number | null }>(handle, sql`select max(created_at) as last from drizzle.__drizzle_migrations`);
  return last?.last == null || Number(last.last) < newest;
}

/** PostgreSQL's "permission denied" (42501), however deep the drivers wrapped it. */
export function isPermissionDenied(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if ('code' in cause && cause.code === '42501') return true;
  }
  return false;
}

export const MIGRATE_OFF_ADVICE =
  'The database needs migrations and MIGRATE_ON_START is false, so this server does not apply them. Run `npm run db:migrate` once (with DATABASE_OWNER_URL set to the owner role on PostgreSQL), then start the servers again.';

/**
 * Applies the migrations the database lacks, or with `migrate: false` (several servers on one
 * database, MIGRATE_ON_START=false) refuses so that no two servers migrate at once. A least-privileged application role may not: it is
 * told to run them as the owner (`npm run db:migrate` with DATABASE_OWNER_URL), which `npm start`
 * does before the server starts.
 */
export async function migrateIfPending(handle: DatabaseHandle, { migrate = true }: { migrate?: boolean } = {}): Promise<void> {
  if (!(await migrationsPending(handle))) return;
  if (!migrate) throw new Error(MIGRATE_OFF_ADVICE);
  try {
    await handle.migrate();
  } catch (error) {
    if (!isPermissionDenied(error)) throw error;
    throw new Error(`The database needs migrations that the application role may not apply. ${OWNER_ADVICE}`, { cause: error });
  }
}
