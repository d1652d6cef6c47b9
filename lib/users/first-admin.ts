import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import type { Db } from '@/lib/db/open-database';
import { profile } from '@/lib/db/schema';
import { createAccount } from '@/lib/users/create-account';

export async function adminExists(db: DbOrTx): Promise<boolean> {
  const rows = await db.select({ id: profile.userId }).from(profile).where(eq(profile.role, 'admin')).limit(1);
  return rows.length > 0;
}

export class SetupClosedError extends Error {
  constructor() {
    super('This site already has an administrator. Sign in, or ask the administrator for an account.');
    this.name = 'SetupClosedError';
  }
}

/**
 * The one-time first administrator. A transaction-scoped advisory lock makes two simultaneous
 * set-ups queue, so the second finds the first's administrator and is refused.
 */
export async function createFirstAdmin(db: Db, input: { email: string; password: string; fullName: string }): Promise<string> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(114052)`);
    if (await adminExists(tx)) throw new SetupClosedError();
    return createAccount(tx, { ...input, role: 'admin' }, null, 'admin.created');
  });
}
