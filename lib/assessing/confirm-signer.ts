import { eq } from 'drizzle-orm';
import { passwordMatches } from '@/lib/assessing/verify-password';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { profile } from '@/lib/db/schema';

/** The person signing, as their signature goes on the record: name and registration number. */
export type Signer = { fullName: string; registrationNumber: string };

export type SignerRefusal = 'registration-missing' | 'password';

/**
 * A signature needs the signer's registration number on file and their password confirmed at the
 * moment of signing. Returns the signer, or why they may not sign.
 */
export async function confirmSigner(db: DbOrTx, userId: string, password: string): Promise<Signer | SignerRefusal> {
  const [signer] = await db.select().from(profile).where(eq(profile.userId, userId));
  if (!signer?.registrationNumber) return 'registration-missing';
  if (!(await passwordMatches(db, userId, password))) return 'password';
  return { fullName: signer.fullName, registrationNumber: signer.registrationNumber };
}
