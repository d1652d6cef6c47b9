import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Auth } from '@/lib/auth/create-auth';
import { account, auditEvent, passwordLink } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from '@/lib/db/testing/test-databases';
import { issuePasswordLinks, LINK_LIFETIME_MS, LINK_UNUSABLE, PasswordLinkError, findUsableLink, setPasswordWithLink } from '@/lib/users/password-links';
import { canSignIn, insertPerson, openSession, sessionCount, testAuth } from '@/lib/users/testing/password-link-world';

const OLD = 'first-long-kettle-password';
const NEW = 'orchard-lamp-under-rain';
const handles = new Map<string, { handle: TestDatabase; auth: Auth }>();

beforeAll(async () => {
  for (const kind of TEST_DATABASE_KINDS) {
    const handle = await openTestDatabase(kind);
    handles.set(kind, { handle, auth: testAuth(handle.db) });
  }
});
afterAll(async () => {
  for (const { handle } of handles.values()) await handle.close();
});

/** The refusal an operation gave: its message and the field it names; fails when nothing was refused. */
async function refusal(operation: Promise<unknown>): Promise<{ message: string; field: string | null }> {
  const error = await operation.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, 'the operation should have been refused').toBeInstanceOf(PasswordLinkError);
  return { message: (error as PasswordLinkError).message, field: (error as PasswordLinkError).field };
}

for (const kind of TEST_DATABASE_KINDS) {
  const world = () => {
    const found = handles.get(kind);
    if (!found) throw new Error('no database');
    return { db: found.handle.db, auth: found.auth };
  };

  test(`${kind}: a reset link sets the password once: the new password signs in, the old one no longer does, and the same link is refused the second time`, async () => {
    const { db, auth } = world();
    const person = await insertPerson(db, 'Thandi Mokoena', OLD);
    const [link] = await issuePasswordLinks(db, [person.id], 'reset', null);
    if (!link) throw new Error('no link');
    expect(await findUsableLink(db, link.token)).toEqual({ userId: person.id, purpose: 'reset', fullName: 'Thandi Mokoena', email: person.email });

    expect(await setPasswordWithLink(db, link.token, NEW)).toEqual({ userId: person.id, purpose: 'reset' });
    expect(await canSignIn(auth, person.email, NEW)).toBe(true);
    expect(await canSignIn(auth, person.email, OLD)).toBe(false);

    expect(await findUsableLink(db, link.token)).toBeNull();
    expect(await refusal(setPasswordWithLink(db, link.token, 'another-orchard-lamp-2'))).toEqual({ message: LINK_UNUSABLE, field: null });
    expect(await canSignIn(auth, person.email, NEW)).toBe(true);
    const audited = await db.select({ data: auditEvent.data }).from(auditEvent).where(and(eq(auditEvent.type, 'auth.password_set_by_link'), eq(auditEvent.subjectId, person.id)));
    expect(audited).toEqual([{ data: { purpose: 'reset', sessionsEnded: 0 } }]);
  });

  test(`${kind}: a link is refused from the moment it expires, and the password stays as it was`, async () => {
    const { db, auth } = world();
    const person = await insertPerson(db, 'Pieter Botha', OLD);
    const issuedAt = new Date('2026-05-04T08:00:00.000Z');
    const [link] = await issuePasswordLinks(db, [person.id], 'reset', null, issuedAt);
    if (!link) throw new Error('no link');
    expect(link.expiresAt.getTime()).toBe(issuedAt.getTime() + LINK_LIFETIME_MS.reset);
    const lastMoment = new Date(link.expiresAt.getTime() - 1);
    expect(await findUsableLink(db, link.token, lastMoment)).not.toBeNull();

    expect(await findUsableLink(db, link.token, link.expiresAt)).toBeNull();
    expect(await refusal(setPasswordWithLink(db, link.token, NEW, link.expiresAt))).toEqual({ message: LINK_UNUSABLE, field: null });
    expect(await canSignIn(auth, person.email, OLD)).toBe(true);
    expect(await canSignIn(auth, person.email, NEW)).toBe(false);
  });

  test(`${kind}: a newer link replaces an older one not yet used, so only the newest link in the mailbox works`, async () => {
    const { db, auth } = world();
    const person = await insertPerson(db, 'Ayanda Zulu', OLD);
    const [older] = await issuePasswordLinks(db, [person.id], 'reset', null);
    const [newer] = await issuePasswordLinks(db, [person.id], 'reset', null);
    if (!older || !newer) throw new Error('no link');

    expect(await findUsableLink(db, older.token)).toBeNull();
    expect(await refusal(setPasswordWithLink(db, older.token, NEW))).toEqual({ message: LINK_UNUSABLE, field: null });
    expect(await db.select({ id: passwordLink.id }).from(passwordLink).where(eq(passwordLink.userId, person.id))).toHaveLength(1);
    await setPasswordWithLink(db, newer.token, NEW);
    expect(await canSignIn(auth, person.email, NEW)).toBe(true);
  });

  test(`${kind}: two links issued for one person at the same moment leave only the later one usable`, async () => {
    const { db } = world();
    const person = await insertPerson(db, 'Sizwe Ndlovu', OLD);
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    // The first stays open while the second is made: without a lock each would miss the other's link.
    const first = db.transaction(async (tx) => {
      const issued = await issuePasswordLinks(tx, [person.id], 'reset', null);
      await pause(300);
      return issued;
    });
    await pause(50);
    const second = db.transaction((tx) => issuePasswordLinks(tx, [person.id], 'reset', null));
    const [[older], [newer]] = await Promise.all([first, second]);
    if (!older || !newer) throw new Error('no link');
    expect(await findUsableLink(db, older.token)).toBeNull();
    expect(await findUsableLink(db, newer.token)).not.toBeNull();
    expect(await db.select({ id: passwordLink.id }).from(passwordLink).where(eq(passwordLink.userId, person.id))).toHaveLength(1);
  });

  test(`${kind}: setting a password through a link ends every session the person had, and no one else's`, async () => {
    const { db, auth } = world();
    const person = await insertPerson(db, 'Nomsa Khumalo', OLD);
    const bystander = await insertPerson(db, 'Johan Pretorius', OLD);
    expect(await canSignIn(auth, person.email, OLD)).toBe(true);
    await openSession(db, person.id);
    await openSession(db, bystander.id);
    expect(await sessionCount(db, person.id)).toBe(2);
    const [link] = await issuePasswordLinks(db, [person.id], 'reset', null);
    if (!link) throw new Error('no link');

    await setPasswordWithLink(db, link.token, NEW);
    expect(await sessionCount(db, person.id)).toBe(0);
    expect(await sessionCount(db, bystander.id)).toBe(1);
    const [audited] = await db.select({ data: auditEvent.data }).from(auditEvent).where(and(eq(auditEvent.type, 'auth.password_set_by_link'), eq(auditEvent.subjectId, person.id)));
    expect(audited?.data).toEqual({ purpose: 'reset', sessionsEnded: 2 });
  });

  test(`${kind}: a weak or personal password is refused on the password field and leaves the link usable`, async () => {
    const { db, auth } = world();
    const person = await insertPerson(db, 'Lindiwe Mahlangu', OLD);
    const [link] = await issuePasswordLinks(db, [person.id], 'reset', null);
    if (!link) throw new Error('no link');

    const common = await refusal(setPasswordWithLink(db, link.token, 'password1234'));
    expect(common.field).toBe('password');
    expect(common.message).toMatch(/common/);
    const personal = await refusal(setPasswordWithLink(db, link.token, 'lindiwe-orchard-lamp'));
    expect(personal).toEqual({ field: 'password', message: 'This password contains your name or e-mail address, which others can guess. Choose another.' });
    const address = await refusal(setPasswordWithLink(db, link.token, `${person.email.split('@')[0]}!`));
    expect(address.field).toBe('password');

    expect(await findUsableLink(db, link.token)).not.toBeNull();
    expect(await canSignIn(auth, person.email, OLD)).toBe(true);
    await setPasswordWithLink(db, link.token, NEW);
    expect(await canSignIn(auth, person.email, NEW)).toBe(true);
  });

  test(`${kind}: an invitation link gives a person who had no sign-in their first password, and they sign in with it`, async () => {
    const { db, auth } = world();
    const person = await insertPerson(db, 'Kagiso Molefe', null);
    expect(await db.select({ id: account.id }).from(account).where(eq(account.userId, person.id))).toEqual([]);
    const [link] = await issuePasswordLinks(db, [person.id], 'invitation', null);
    if (!link) throw new Error('no link');
    expect(link.expiresAt.getTime() - Date.now()).toBeGreaterThan(LINK_LIFETIME_MS.invitation - 60_000);
    expect(await canSignIn(auth, person.email, NEW)).toBe(false);

    expect(await setPasswordWithLink(db, link.token, NEW)).toEqual({ userId: person.id, purpose: 'invitation' });
    const accounts = await db.select({ providerId: account.providerId }).from(account).where(eq(account.userId, person.id));
    expect(accounts).toEqual([{ providerId: 'credential' }]);
    expect(await canSignIn(auth, person.email, NEW)).toBe(true);
  });

  test(`${kind}: a malformed or unknown token finds no link and sets nothing`, async () => {
    const { db } = world();
    expect(await findUsableLink(db, 'not-a-token')).toBeNull();
    expect(await findUsableLink(db, 'A'.repeat(43))).toBeNull();
    expect(await refusal(setPasswordWithLink(db, 'A'.repeat(43), NEW))).toEqual({ message: LINK_UNUSABLE, field: null });
  });
}
