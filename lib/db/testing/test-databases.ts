import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { grantAppRole, roleOfUrl } from '@/lib/db/grant-app-role';
import { type DatabaseHandle, type Db, openDatabase } from '@/lib/db/open-database';
import { migratedPgliteTemplate } from '@/lib/db/testing/pglite-template';

export type TestDatabaseKind = 'pglite' | 'postgres';

/**
 * A test database: `db` is the application's connection (the least-privileged role when
 * TEST_DATABASE_APP_URL is set), `owner` the role that migrated it, for tests that must do what
 * only an owner can. On PGlite and with a single role both are the same connection.
 */
export type TestDatabase = DatabaseHandle & { owner: Db; roles: 'single' | 'owner-and-app' };

/** The databases every database test runs against: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const TEST_DATABASE_KINDS: TestDatabaseKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** Whether PostgreSQL tests connect as a separate application role (TEST_DATABASE_APP_URL). */
export const TEST_APP_ROLE = Boolean(process.env.TEST_DATABASE_URL && process.env.TEST_DATABASE_APP_URL);

/** The same server and role as `url`, in the database `name`. */
export function inDatabase(url: string, name: string): string {
  const located = new URL(url);
  located.pathname = `/${name}`;
  return located.toString();
}

/** Runs one statement (such as CREATE DATABASE) on its own connection as `adminUrl`'s role. */
export async function asAdmin(adminUrl: string, statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/**
 * Drops a test database. A closed pool's sessions end a moment after it closes, and an owner that
 * is not a superuser may not end another role's sessions (DROP … WITH (FORCE)), so wait for the
 * application role's sessions to go first; any still there after that (a slow machine) are ended by
 * the application role itself, which may end its own sessions.
 */
export async function dropDatabase(adminUrl: string, name: string, appUrl: string | null): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const others = async () =>
      (await admin.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where datname = $1 and usename <> current_user', [name])).rows[0]?.n ?? 0;
    for (let tries = 0; tries < 100 && (await others()) > 0; tries += 1) await pause(50);
    // A session can still be starting when the count reads zero (a pool's last connect racing its
    // close), so the drop is tried again after ending the application role's sessions once more.
    for (let tries = 0; ; tries += 1) {
      if (appUrl && (await others()) > 0) await endOwnSessions(appUrl, name);
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        return;
      } catch (error) {
        if (!appUrl || tries >= 20 || !isOtherRolesSession(error)) throw error;
        await pause(100);
      }
    }
  } finally {
    await admin.end();
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** PostgreSQL's refusal to end a session of a role the owner is not a member of (insufficient privilege). */
function isOtherRolesSession(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '42501';
}

async function endOwnSessions(roleUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: roleUrl });
  await client.connect();
  try {
    await client.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and usename = current_user and pid <> pg_backend_pid()', [database]);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, migrated database of that kind; `close` drops it again. On PostgreSQL it is created and
 * migrated by TEST_DATABASE_URL's role (allowed to create databases); with TEST_DATABASE_APP_URL
 * that role grants the application role its rights and `db` connects as the application role.
 */
export async function openTestDatabase(kind: TestDatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const handle = await openDatabase({ kind: 'pglite-memory', template: await migratedPgliteTemplate() });
    return { ...handle, owner: handle.db, roles: 'single' };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const appUrl = process.env.TEST_DATABASE_APP_URL || null;
  const name = `test_${randomBytes(6).toString('hex')}`;
  await asAdmin(adminUrl, `CREATE DATABASE ${name}`);
  const owner = await openDatabase({ kind: 'postgres', url: inDatabase(adminUrl, name) });
  const drop = async () => {
    await owner.close();
    await dropDatabase(adminUrl, name, appUrl);
  };
  try {
    await owner.migrate();
    if (!appUrl) return { ...owner, owner: owner.db, roles: 'single', close: drop };
    await grantAppRole(owner.db, roleOfUrl(appUrl));
    const app = await openDatabase({ kind: 'postgres', url: inDatabase(appUrl, name) });
    return {
      ...app,
      owner: owner.db,
      roles: 'owner-and-app',
      close: async () => {
        await app.close();
        await drop();
      },
    };
  } catch (error) {
    await drop();
    throw error;
  }
}

/** An empty PostgreSQL database (nothing migrated), for tests that need its URLs, such as a restore's target. */
export type EmptyPostgresDatabase = { ownerUrl: string; appUrl: string | null; drop: () => Promise<void> };

export async function createEmptyPostgresDatabase(): Promise<EmptyPostgresDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const appUrl = process.env.TEST_DATABASE_APP_URL || null;
  const name = `test_${randomBytes(6).toString('hex')}`;
  await asAdmin(adminUrl, `CREATE DATABASE ${name}`);
  return { ownerUrl: inDatabase(adminUrl, name), appUrl: appUrl && inDatabase(appUrl, name), drop: () => dropDatabase(adminUrl, name, appUrl) };
}
