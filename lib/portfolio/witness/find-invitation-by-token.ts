import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { witnessInvitation } from '@/lib/db/schema';
import { hashWitnessToken, isWellFormedToken } from '@/lib/portfolio/witness/witness-token';

export type InvitationRow = typeof witnessInvitation.$inferSelect;

/** The invitation a token opens, found by the token's hash only; null for a token we never issued. */
export async function findInvitationByToken(db: Pick<DbOrTx, 'select'>, token: string): Promise<InvitationRow | null> {
  if (!isWellFormedToken(token)) return null;
  const [row] = await db.select().from(witnessInvitation).where(eq(witnessInvitation.tokenHash, hashWitnessToken(token)));
  return row ?? null;
}
