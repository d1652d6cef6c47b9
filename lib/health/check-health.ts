import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/open-database';
import type { ObjectStore } from '@/lib/storage/object-store';

export type PartStatus = 'ok' | 'failed';
export type Health = { status: 'ok' | 'failed'; database: PartStatus; storage: PartStatus; version: string };

/** A trivial query: the database answers at all. */
export async function databaseAnswers(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}

/** The cheapest read the store has: the first entry of its listing (one request on S3). */
export async function storageAnswers(store: ObjectStore): Promise<void> {
  for await (const _ of store.list()) break;
}

async function outcome(check: () => Promise<void>): Promise<PartStatus> {
  try {
    await check();
    return 'ok';
  } catch {
    // Only which part failed is said: the error may name hosts or credentials.
    return 'failed';
  }
}

/** Checks both parts at once; the whole is ok only when each is. */
export async function checkHealth(parts: { database: () => Promise<void>; storage: () => Promise<void> }, version: string): Promise<Health> {
  const [database, storage] = await Promise.all([outcome(parts.database), outcome(parts.storage)]);
  return { status: database === 'ok' && storage === 'ok' ? 'ok' : 'failed', database, storage, version };
}
