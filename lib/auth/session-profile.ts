import { and, eq, gt } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { profile, session } from '@/lib/db/schema';

export type SessionProfile = Pick<typeof profile.$inferSelect, 'fullName' | 'role' | 'registrationNumber' | 'identityKind'>;

/**
 * The profile of a session's person, read through the session's own row: null once the session
 * was signed out, revoked (a password change revokes every other one) or has expired. The auth
 * library's signed cookie cache may vouch for a session up to a minute after any of those, so
 * every request asks here; it is the one query a request spent on the profile anyway.
 */
export async function readSessionProfile(db: DbOrTx, userId: string, token: string, now = new Date()): Promise<SessionProfile | null> {
  const [row] = await db
    .select({ fullName: profile.fullName, role: profile.role, registrationNumber: profile.registrationNumber, identityKind: profile.identityKind })
    .from(profile)
    .innerJoin(session, eq(session.userId, profile.userId))
    .where(and(eq(profile.userId, userId), eq(session.token, token), gt(session.expiresAt, now)));
  return row ?? null;
}
