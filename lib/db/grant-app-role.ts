import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/open-database';

/**
 * Tables the application may read and append to but never change: the audit trail. The end of
 * the chain is moved by the chain trigger, which runs with its owner's rights, so the application
 * only reads it.
 */
const APPEND_ONLY_TABLES = ['audit_event'];
const READ_ONLY_TABLES = ['audit_chain_head'];

/** The role a connection URL signs in as: the application's role is named by its DATABASE_URL. */
export function roleOfUrl(url: string): string {
  const role = decodeURIComponent(new URL(url).username);
  if (!role) throw new Error('The database URL names no role (user name): write it as postgres://role:password@host/database.');
  return role;
}

function statements(app: ReturnType<typeof sql.identifier>): SQL[] {
  return [
    // Nobody but the owner creates objects in the schema (PostgreSQL before 15 lets everyone).
    sql`revoke create on schema public from public`,
    sql`revoke all on schema public from ${app}`,
    sql`grant usage on schema public to ${app}`,
    sql`grant select, insert, update, delete on all tables in schema public to ${app}`,
    sql`grant usage, select on all sequences in schema public to ${app}`,
    sql`alter default privileges in schema public grant select, insert, update, delete on tables to ${app}`,
    sql`alter default privileges in schema public grant usage, select on sequences to ${app}`,
    ...APPEND_ONLY_TABLES.map((table) => sql`revoke update, delete, truncate, references, trigger on ${sql.identifier(table)} from ${app}`),
    ...READ_ONLY_TABLES.map((table) => sql`revoke all on ${sql.identifier(table)} from ${app}`),
    ...READ_ONLY_TABLES.map((table) => sql`grant select on ${sql.identifier(table)} to ${app}`),
    // The server reads which migrations were applied, so it can refuse to start on an old schema.
    sql`grant usage on schema drizzle to ${app}`,
    sql`grant select on drizzle.__drizzle_migrations to ${app}`,
  ];
}

export type GrantOutcome = 'granted' | 'same-role';

/**
 * Run as the owner after the migrations: gives the application's role what it needs and no more
 * (data in the app's tables, sequences, no DDL; only SELECT and INSERT on the audit trail), now
 * and for tables later migrations create. Repeating it is harmless. When the application signs in
 * as the owner itself there is nothing to grant, and nothing is least-privileged.
 */
export async function grantAppRole(db: Db, appRole: string): Promise<GrantOutcome> {
  const result = (await db.execute(sql`select current_user as owner`)) as unknown as { rows: { owner: string }[] };
  if (result.rows[0]?.owner === appRole) return 'same-role';
  const app = sql.identifier(appRole);
  await db.transaction(async (tx) => {
    for (const statement of statements(app)) await tx.execute(statement);
  });
  return 'granted';
}
