import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { and, eq, gt, inArray, isNull } from 'drizzle-orm';
import { type Actor, type DbOrTx, writeAudit } from '@/lib/audit/write-audit';
import type { Db } from '@/lib/db/open-database';
import { account, type PasswordLinkPurpose, passwordLink, profile, session, user } from '@/lib/db/schema';
import { hashLinkToken as hashToken, isWellFormedToken, newLinkToken as newToken } from '@/lib/auth/link-token';
import { weakPasswordReason } from '@/lib/users/weak-password';

/** An invitation waits a fortnight for a new learner to find it; a reset is for someone at the keyboard now. */
export const LINK_LIFETIME_MS: Record<PasswordLinkPurpose, number> = { invitation: 14 * 24 * 60 * 60 * 1000, reset: 60 * 60 * 1000 };

export const LINK_UNUSABLE = 'This link has expired or has already been used. Ask for a new one on the sign-in page, or ask your administrator.';

export class PasswordLinkError extends Error {
  constructor(
    message: string,
    readonly field: 'password' | null = null,
  ) {
    super(message);
    this.name = 'PasswordLinkError';
  }
}

/** The page a link opens: the token is in the path, shown once and never stored. */
export function passwordLinkPath(token: string): string {
  return `/set-password/${token}`;
}

export type IssuedLink = { userId: string; token: string; expiresAt: Date };

/**
 * New single-use links for these people, in the caller's transaction. Each replaces any earlier link
 * the person had not used, so only the newest link in their mailbox works.
 */
export async function issuePasswordLinks(tx: DbOrTx, userIds: readonly string[], purpose: PasswordLinkPurpose, createdBy: string | null, now = new Date()): Promise<IssuedLink[]> {
  if (userIds.length === 0) return [];
  const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS[purpose]);
  const issued = userIds.map((userId) => ({ userId, ...newToken() }));
  // Statements stay well below PostgreSQL's 65,535 parameters however many learners arrive at once.
  for (let start = 0; start < issued.length; start += 1000) {
    const slice = issued.slice(start, start + 1000);
    // Two issues for one person at once would each miss the other's new link and leave both usable:
    // the person's row, locked in a fixed order, makes the second wait for the first.
    await tx.select({ id: user.id }).from(user).where(inArray(user.id, slice.map((link) => link.userId))).orderBy(user.id).for('update');
    await tx.delete(passwordLink).where(and(inArray(passwordLink.userId, slice.map((link) => link.userId)), isNull(passwordLink.usedAt)));
    await tx.insert(passwordLink).values(slice.map((link) => ({ id: randomUUID(), userId: link.userId, purpose, tokenHash: link.hash, expiresAt, createdAt: now, createdBy })));
  }
  return issued.map(({ userId, token }) => ({ userId, token, expiresAt }));
}

export type OpenLink = { userId: string; purpose: PasswordLinkPurpose; fullName: string; email: string };

/** Who a link is for, if it can still be used; anything else (malformed, unknown, used, expired) is null. */
export async function findUsableLink(db: Pick<Db, 'select'>, token: string, now = new Date()): Promise<OpenLink | null> {
  if (!isWellFormedToken(token)) return null;
  const [row] = await db
    .select({ userId: passwordLink.userId, purpose: passwordLink.purpose, fullName: profile.fullName, name: user.name, email: user.email })
    .from(passwordLink)
    .innerJoin(user, eq(user.id, passwordLink.userId))
    .leftJoin(profile, eq(profile.userId, passwordLink.userId))
    .where(and(eq(passwordLink.tokenHash, hashToken(token)), isNull(passwordLink.usedAt), gt(passwordLink.expiresAt, now)));
  return row ? { userId: row.userId, purpose: row.purpose, fullName: row.fullName ?? row.name, email: row.email } : null;
}

/**
 * Sets the password a link is for and uses the link up, in one transaction: the link works once
 * even if two requests race (the second finds it used), every session the person had is ended, an
 * invitation's account gets its sign-in, and the change is audited. A password that is weak or
 * personal is refused before the link is touched, so the person can try another.
 */
export async function setPasswordWithLink(db: Db, token: string, password: string, now = new Date()): Promise<{ userId: string; purpose: PasswordLinkPurpose }> {
  const link = await findUsableLink(db, token, now);
  if (!link) throw new PasswordLinkError(LINK_UNUSABLE);
  const weak = weakPasswordReason(password, { fullName: link.fullName, email: link.email });
  if (weak) throw new PasswordLinkError(weak, 'password');
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [used] = await tx
      .update(passwordLink)
      .set({ usedAt: now })
      .where(and(eq(passwordLink.tokenHash, hashToken(token)), isNull(passwordLink.usedAt), gt(passwordLink.expiresAt, now)))
      .returning({ userId: passwordLink.userId, purpose: passwordLink.purpose });
    if (!used) throw new PasswordLinkError(LINK_UNUSABLE);
    const changed = await tx
      .update(account)
      .set({ password: passwordHash, updatedAt: now })
      .where(and(eq(account.userId, used.userId), eq(account.providerId, 'credential')))
      .returning({ id: account.id });
    if (changed.length === 0) {
      await tx.insert(account).values({ id: randomUUID(), accountId: used.userId, providerId: 'credential', userId: used.userId, password: passwordHash, createdAt: now, updatedAt: now });
    }
    // Opening the link proved the mailbox is theirs.
    await tx.update(user).set({ emailVerified: true, updatedAt: now }).where(eq(user.id, used.userId));
    const ended = await tx.delete(session).where(eq(session.userId, used.userId)).returning({ id: session.id });
    await tx.delete(passwordLink).where(and(eq(passwordLink.userId, used.userId), isNull(passwordLink.usedAt)));
    const [person] = await tx.select({ role: profile.role }).from(profile).where(eq(profile.userId, used.userId));
    const actor: Actor = person ? { id: used.userId, role: person.role } : null;
    await writeAudit(tx, actor, { type: 'user', id: used.userId }, { type: 'auth.password_set_by_link', data: { purpose: used.purpose, sessionsEnded: ended.length } });
    return { userId: used.userId, purpose: used.purpose };
  });
}
