import { eq } from 'drizzle-orm';
import { type Actor, writeAudit } from '@/lib/audit/write-audit';
import type { Db } from '@/lib/db/open-database';
import { profile, user } from '@/lib/db/schema';
import type { FormState } from '@/lib/forms/form-state';
import { enqueueNotice } from '@/lib/mail/notices';
import { UserRuleError } from '@/lib/users/manage-users';
import { issuePasswordLinks } from '@/lib/users/password-links';

/** The admin's form state: the link itself is in the answer once, for the admin to hand over, and nowhere else. */
export type ResetLinkState = FormState & { link: string | null };

export type AdminResetLink = { fullName: string; email: string; token: string; expiresAt: Date };

/**
 * An administrator makes a reset link for someone, in one transaction: the link (replacing any the
 * person had not used), the e-mail that carries it (its token forgotten once sent) and the audit
 * event. The person's password and sessions stay as they are until the link is used.
 */
export async function issueResetLinkByAdmin(db: Db, admin: NonNullable<Actor>, userId: string, now = new Date()): Promise<AdminResetLink> {
  return db.transaction(async (tx) => {
    const [person] = await tx.select({ name: user.name, email: user.email, fullName: profile.fullName }).from(user).leftJoin(profile, eq(profile.userId, user.id)).where(eq(user.id, userId));
    if (!person) throw new UserRuleError('There is no such user.');
    const [link] = await issuePasswordLinks(tx, [userId], 'reset', admin.id, now);
    if (!link) throw new Error('No reset link was made.');
    await enqueueNotice(tx, { type: 'password-link', to: userId, purpose: 'reset', token: link.token });
    await writeAudit(tx, admin, { type: 'user', id: userId }, { type: 'auth.password_link_issued', data: { purpose: 'reset', byAdmin: true } });
    return { fullName: person.fullName ?? person.name, email: person.email, token: link.token, expiresAt: link.expiresAt };
  });
}
