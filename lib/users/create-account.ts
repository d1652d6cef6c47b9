import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { eq } from 'drizzle-orm';
import type { AuditEvent } from '@/lib/audit/events';
import { type Actor, writeAudit } from '@/lib/audit/write-audit';
import { COURSE_ID, courseVersion } from '@/lib/content/course-version';
import type { Db } from '@/lib/db/open-database';
import { account, enrolment, profile, user } from '@/lib/db/schema';
import type { Role } from '@/lib/db/schema/people';
import { enrolmentClosedReason } from '@/lib/settings/course-dates';
import { readSettings } from '@/lib/settings/settings-store';
import type { Identity } from '@/lib/users/account-schemas';

export type NewAccount = {
  email: string;
  password: string;
  fullName: string;
  role: Role;
  identity?: Identity;
  registrationNumber?: string | null;
};

export class EmailTakenError extends Error {
  constructor() {
    super('An account with this e-mail address already exists. Sign in instead, or use another address.');
    this.name = 'EmailTakenError';
  }
}

/** A learner account asked for after the last date for enrolment; the message names the date. */
export class EnrolmentClosedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EnrolmentClosedError';
  }
}

/**
 * Creates the sign-in, the profile, a learner's enrolment and the audit event in one transaction,
 * so a failure part-way leaves nothing behind.
 */
export async function createAccount(db: Pick<Db, 'transaction'>, input: NewAccount, actor: Actor, event: AuditEvent['type']): Promise<string> {
  const passwordHash = await hashPassword(input.password);
  const userId = randomUUID();
  const now = new Date();
  const identity = input.identity ?? { identityKind: null };
  return db.transaction(async (tx) => {
    if (input.role === 'learner') {
      const closed = enrolmentClosedReason(await readSettings(tx), now);
      if (closed) throw new EnrolmentClosedError(closed);
    }
    const taken = await tx.select({ id: user.id }).from(user).where(eq(user.email, input.email)).limit(1);
    if (taken.length > 0) throw new EmailTakenError();
    await tx.insert(user).values({ id: userId, name: input.fullName, email: input.email, emailVerified: false, createdAt: now, updatedAt: now });
    await tx.insert(account).values({ id: randomUUID(), accountId: userId, providerId: 'credential', userId, password: passwordHash, createdAt: now, updatedAt: now });
    await tx.insert(profile).values({
      userId,
      role: input.role,
      fullName: input.fullName,
      identityKind: identity.identityKind,
      idNumber: identity.identityKind === 'sa-id' ? identity.idNumber : null,
      passportNumber: identity.identityKind === 'passport' ? identity.passportNumber : null,
      passportCountry: identity.identityKind === 'passport' ? identity.passportCountry : null,
      registrationNumber: input.registrationNumber ?? null,
    });
    if (input.role === 'learner') {
      await tx.insert(enrolment).values({ id: randomUUID(), learnerId: userId, courseId: COURSE_ID, courseVersion: courseVersion() });
    }
    const subject = { type: 'user' as const, id: userId };
    const audited: AuditEvent =
      event === 'admin.created'
        ? { type: 'admin.created', data: { email: input.email } }
        : event === 'user.signed_up'
          ? { type: 'user.signed_up', data: { email: input.email } }
          : { type: 'user.created', data: { email: input.email, role: input.role } };
    await writeAudit(tx, actor ?? { id: userId, role: input.role }, subject, audited);
    return userId;
  });
}
