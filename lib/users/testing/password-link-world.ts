import { randomBytes, randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { eq } from 'drizzle-orm';
import { type Auth, createAuth } from '@/lib/auth/create-auth';
import type { Db } from '@/lib/db/open-database';
import { account, profile, session, user } from '@/lib/db/schema';

export type WorldPerson = { id: string; email: string; fullName: string };

const NAMES = ['Sipho Dlamini', 'Lerato Naidoo', 'Anke van Wyk'];

/**
 * A person straight into the tables, with a sign-in (`password`) or, like a learner invited by
 * import, without one (null). Fresh addresses keep one test's people apart from another's.
 */
export async function insertPerson(db: Db, fullName: string, password: string | null): Promise<WorldPerson> {
  const id = randomUUID();
  const email = `${id}@password-links.example.co.za`;
  const now = new Date();
  await db.insert(user).values({ id, name: fullName, email, emailVerified: false, createdAt: now, updatedAt: now });
  await db.insert(profile).values({ userId: id, role: 'learner', fullName });
  if (password !== null) {
    await db.insert(account).values({ id: randomUUID(), accountId: id, providerId: 'credential', userId: id, password: await hashPassword(password), createdAt: now, updatedAt: now });
  }
  return { id, email, fullName };
}

export function personName(index: number): string {
  return NAMES[index % NAMES.length] ?? 'Thandi Mokoena';
}

/** The auth library as the app configures it, on this database. */
export function testAuth(db: Db): Auth {
  return createAuth(db, randomBytes(32).toString('hex'));
}

/** Whether the auth library lets this address in with this password (each success opens a session). */
export async function canSignIn(auth: Auth, email: string, password: string): Promise<boolean> {
  try {
    await auth.api.signInEmail({ body: { email, password } });
    return true;
  } catch {
    return false;
  }
}

/** A session row, as signing in on another device leaves one. */
export async function openSession(db: Db, userId: string): Promise<void> {
  const now = new Date();
  await db.insert(session).values({ id: randomUUID(), token: randomBytes(24).toString('base64url'), userId, expiresAt: new Date(now.getTime() + 3_600_000), createdAt: now, updatedAt: now });
}

export async function sessionCount(db: Db, userId: string): Promise<number> {
  return (await db.select({ id: session.id }).from(session).where(eq(session.userId, userId))).length;
}
