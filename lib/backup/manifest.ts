import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db/open-database';

/**
 * A backup is a folder (see README "Backup and restore"):
 *   manifest.json          what is in it, with a sha256 for every file, checked before restoring
 *   database.pglite.tar.gz the embedded database's data folder (PGlite's own dump), or
 *   database.pgdump        PostgreSQL's custom-format dump (pg_dump -Fc)
 *   evidence/<2 hex>/<sha256>  every evidence object, named as in the store
 *   auth-secret            the generated session secret, when the data folder holds one
 */
export const MANIFEST_FILE = 'manifest.json';
export const PGLITE_FILE = 'database.pglite.tar.gz';
export const POSTGRES_FILE = 'database.pgdump';
export const AUTH_SECRET_FILE = 'auth-secret';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 hex digits');

const DatabaseSummarySchema = z.object({
  /** Rows per table of the public schema, counted in the same snapshot the dump was taken from. */
  tables: z.record(z.string(), z.number().int().nonnegative()),
  /** The newest migration applied (drizzle's created_at), so an older version of the code refuses a newer backup. */
  newestMigration: z.number().int().nonnegative(),
  auditHead: z.object({ seq: z.number().int().nonnegative(), hash: z.string() }).nullable(),
});
export type DatabaseSummary = z.infer<typeof DatabaseSummarySchema>;

export const ManifestSchema = z.object({
  format: z.literal('course-backup', { error: 'is not a backup made by `npm run backup`' }),
  version: z.literal(1, { error: 'is a backup format this version does not know' }),
  createdAt: z.iso.datetime(),
  database: DatabaseSummarySchema.extend({
    kind: z.enum(['pglite', 'postgres']),
    file: z.enum([PGLITE_FILE, POSTGRES_FILE]),
    sha256,
  }),
  evidence: z.object({
    source: z.enum(['local', 's3']),
    objects: z.array(z.object({ key: z.string().regex(/^evidence\/[0-9a-f]{2}\/[0-9a-f]{64}$/), size: z.number().int().nonnegative(), sha256 })),
    /** Keys rows reference that the store did not hold when the backup was made (already missing then). */
    missing: z.array(z.string()),
  }),
  authSecret: z.object({ sha256 }).nullable(),
});
export type Manifest = z.infer<typeof ManifestSchema>;

export class BackupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BackupError';
  }
}

export async function writeManifest(folder: string, manifest: Manifest): Promise<void> {
  await writeFile(path.join(folder, MANIFEST_FILE), `${JSON.stringify(ManifestSchema.parse(manifest), null, 2)}\n`, { mode: 0o600 });
}

/** The folder's manifest, or a BackupError saying why the folder is not a usable backup. */
export async function readManifest(folder: string): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(path.join(folder, MANIFEST_FILE), 'utf8');
  } catch (error) {
    throw new BackupError(`${folder} is not a backup: it has no ${MANIFEST_FILE} (make one with \`npm run backup\`).`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new BackupError(`${path.join(folder, MANIFEST_FILE)} is not valid JSON: the backup is damaged.`, { cause: error });
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'manifest'} ${issue.message}`);
    throw new BackupError(`${path.join(folder, MANIFEST_FILE)} is not a usable backup manifest: ${problems.join('; ')}.`);
  }
  return parsed.data;
}

/** Both drivers answer a raw query with its rows. */
async function rows<T>(db: Pick<Db, 'execute'>, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** Row counts, newest migration and the audit chain's end, as the connection (or transaction) sees them. */
export async function summariseDatabase(db: Pick<Db, 'execute'>): Promise<DatabaseSummary> {
  const names = await rows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const tables: Record<string, number> = {};
  for (const { name } of names) {
    const [counted] = await rows<{ n: number | string }>(db, sql`select count(*) as n from ${sql.identifier(name)}`);
    tables[name] = Number(counted?.n ?? 0);
  }
  const [migration] = await rows<{ last: string | number | null }>(db, sql`select max(created_at) as last from drizzle.__drizzle_migrations`);
  const [head] = tables.audit_chain_head === undefined ? [] : await rows<{ seq: string | number; hash: string }>(db, sql`select seq, hash from audit_chain_head where id = 1`);
  return {
    tables,
    newestMigration: Number(migration?.last ?? 0),
    auditHead: head ? { seq: Number(head.seq), hash: head.hash } : null,
  };
}

/** Every difference between the backed-up summary and the restored database's, as sentences. */
export function summaryDifferences(expected: DatabaseSummary, actual: DatabaseSummary): string[] {
  const differences: string[] = [];
  for (const name of new Set([...Object.keys(expected.tables), ...Object.keys(actual.tables)])) {
    if (expected.tables[name] !== actual.tables[name]) differences.push(`table ${name} has ${actual.tables[name] ?? 'no'} rows, the backup ${expected.tables[name] ?? 'no table'}`);
  }
  if (expected.newestMigration !== actual.newestMigration) differences.push('the newest migration differs');
  if (JSON.stringify(expected.auditHead) !== JSON.stringify(actual.auditHead)) differences.push('the end of the audit chain differs');
  return differences;
}
