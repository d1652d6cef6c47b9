import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/open-database';

export type TableHashes = Map<string, string>;

/** The public tables, each with an md5 of all its rows in a stable order: equal hashes, unchanged rows. */
export async function tableHashQuery(db: Db): Promise<() => Promise<TableHashes>> {
  const tables = await db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`);
  const names = (tables.rows as { table_name: string }[]).map((row) => row.table_name);
  const parts = names.map((name) => {
    const quoted = `"${name.replaceAll('"', '""')}"`;
    return `select '${name}' as name, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as hash from ${quoted} t`;
  });
  const query = sql.raw(parts.join(' union all '));
  return async () => {
    const result = await db.execute(query);
    return new Map((result.rows as { name: string; hash: string }[]).map((row) => [row.name, row.hash]));
  };
}

/** Names of the tables whose hash differs between two snapshots. */
export function changedTables(before: TableHashes, after: TableHashes): string[] {
  return [...after.keys()].filter((name) => before.get(name) !== after.get(name));
}
