import { spawn } from 'node:child_process';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { keysInUse } from '@/lib/backup/evidence-copy';
import { BackupError, type DatabaseSummary, summariseDatabase } from '@/lib/backup/manifest';
import * as schema from '@/lib/db/schema';

/**
 * The PostgreSQL client tools (pg_dump, pg_restore) are given the URL without its password and the
 * password in PGPASSWORD, so it never shows in the list of running processes.
 */
function toolConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const located = new URL(url);
  const password = decodeURIComponent(located.password);
  located.password = '';
  return { dbname: located.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

/** Runs a client tool; a missing tool or a failure is a BackupError carrying what the tool said. */
function runTool(tool: 'pg_dump' | 'pg_restore', args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let said = '';
    child.stderr.on('data', (chunk: Buffer) => {
      said = (said + chunk.toString('utf8')).slice(-4000);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new BackupError(`${tool} is not installed (or not on PATH): install PostgreSQL's client tools, of the server's major version or newer, such as the Debian package postgresql-client.`)
          : error,
      );
    });
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new BackupError(`${tool} failed (exit code ${code}): ${said.trim() || 'it gave no reason'}`));
    });
  });
}

export type PostgresSnapshot = { summary: DatabaseSummary; referenced: Set<string>; removed: Set<string> };

/**
 * Dumps the database in pg_dump's custom format into `file`. The row counts and referenced evidence
 * keys are read in one read-only transaction whose snapshot pg_dump shares (--snapshot), so the
 * manifest describes exactly the rows in the dump even while the servers keep writing.
 */
export async function dumpPostgres(url: string, file: string): Promise<PostgresSnapshot> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const exported = await client.query<{ snapshot: string }>('select pg_export_snapshot() as snapshot');
    const db = drizzle(client, { schema });
    const summary = await summariseDatabase(db);
    const { referenced, removed } = await keysInUse(db);
    const { dbname, env } = toolConnection(url);
    await runTool('pg_dump', ['--format=custom', `--snapshot=${exported.rows[0]?.snapshot}`, `--file=${file}`, `--dbname=${dbname}`], env);
    await client.query('commit');
    return { summary, referenced, removed };
  } finally {
    await client.end();
  }
}

/** What the database already holds: tables, views or sequences outside PostgreSQL's own schemas. */
export async function postgresObjectCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ n: number }>(`
      select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
        and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'`);
    return result.rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

/**
 * Restores a custom-format dump in one transaction (a failure leaves the database as it was).
 * Objects become the restoring role's and no grants are copied, so the dump restores into another
 * server whose roles differ; the caller grants the application role its rights afterwards. With
 * `replace`, objects of the same names are dropped first.
 */
export async function restorePostgres(url: string, file: string, { replace }: { replace: boolean }): Promise<void> {
  const { dbname, env } = toolConnection(url);
  const args = ['--no-owner', '--no-acl', '--exit-on-error', '--single-transaction', ...(replace ? ['--clean', '--if-exists'] : []), `--dbname=${dbname}`, file];
  await runTool('pg_restore', args, env);
}
