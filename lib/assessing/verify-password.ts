import { verifyPassword } from 'better-auth/crypto';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { account } from '@/lib/db/schema';

/** A fresh password confirmation for signing: the signer proves it is them at the moment of signing. */
export async function passwordMatches(db: DbOrTx, userId: string, password: string): Promise<boolean> {
  if (password.length === 0 || password.length > 128) return false;
  const [row] = await db.select({ hash: account.password }).from(account).where(and(eq(account.userId, userId), eq(account.providerId, 'credential')));
  if (!row?.hash) return false;
  return verifyPassword({ hash: row.hash, password });
}
