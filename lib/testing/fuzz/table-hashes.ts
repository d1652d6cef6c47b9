import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db/open-database';

export type TableHashes = Map<string, string>;

const LsnRow = z.object({ rows: z.array(z.object({ lsn: z.string() })) });
const HashRows = z.object({ rows: z.array(z.object({ name: z.string(), hash: z.string() })) });

/** The public tables, each with an md5 of all its rows in a stable order: equal hashes, unchanged rows. */
export async function tableHashQuery(db: Db): Promise<() => Promise<TableHashes>> {
  const tables = await db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`);
  const names = z.object({ rows: z.array(z.object({ table_name: z.string() })) }).parse(tables).rows.map((row) => row.table_name);
  const parts = names.map((name) => {
    const quoted = `"${name.replaceAll('"', '""')}"`;
    return `select '${name}' as name, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as hash from ${quoted} t`;
  });
  const query = sql.raw(parts.join(' union all '));
  const walPosition = async () => LsnRow.parse(await db.execute(sql`select pg_current_wal_insert_lsn()::text as lsn`)).rows[0]?.lsn ?? '';
  let last: { lsn: string; hashes: TableHashes } | null = null;
  return async () => {
    // Nothing was written since the last look when the write-ahead log has not moved: skip hashing
    // (on a shared PostgreSQL server others move it too, which only costs a needless hash).
    const lsn = await walPosition();
    if (last && last.lsn === lsn) return last.hashes;
    const result = await db.execute(query);
    const hashes = new Map(HashRows.parse(result).rows.map((row) => [row.name, row.hash]));
    last = { lsn: await walPosition(), hashes };
    return hashes;
  };
}

/** Names of the tables whose hash differs between two snapshots. */
export function changedTables(before: TableHashes, after: TableHashes): string[] {
  return [...after.keys()].filter((name) => before.get(name) !== after.get(name));
}
