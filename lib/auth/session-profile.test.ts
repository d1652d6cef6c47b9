import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createAuth } from '@/lib/auth/create-auth';
import { readSessionProfile } from '@/lib/auth/session-profile';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { createAccount } from '@/lib/users/create-account';

// The auth library as the app configures it (its signed cookie cache on), against a real database:
// what a copy of a session's cookies is worth after sign-out and after a password change.
const PERSON = { email: 'copied@example.co.za', password: 'first-long-kettle-password', fullName: 'Copied Cookie', role: 'learner' as const };
const handles = new Map<string, DatabaseHandle>();

beforeAll(async () => {
  for (const kind of TEST_DATABASE_KINDS) {
    const handle = await openTestDatabase(kind);
    await createAccount(handle.db, PERSON, null, 'user.created');
    handles.set(kind, handle);
  }
});
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
});

async function signedInCookies(auth: ReturnType<typeof createAuth>, password: string): Promise<Headers> {
  const signedIn = await auth.api.signInEmail({ body: { email: PERSON.email, password }, returnHeaders: true });
  const cookie = signedIn.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  return new Headers({ cookie });
}

/** What the app does on each request: the library's session (from its cookie cache here), then the profile through the session row. */
async function signedInAs(handle: DatabaseHandle, auth: ReturnType<typeof createAuth>, cookies: Headers): Promise<string | null> {
  const session = await auth.api.getSession({ headers: cookies });
  if (!session) return null;
  return (await readSessionProfile(handle.db, session.user.id, session.session.token))?.fullName ?? null;
}

for (const kind of TEST_DATABASE_KINDS) {
  test(`a copied session cookie is refused as soon as the session signs out (${kind})`, async () => {
    const handle = handles.get(kind) as DatabaseHandle;
    const auth = createAuth(handle.db, randomBytes(32).toString('hex'));
    const cookies = await signedInCookies(auth, PERSON.password);
    const copy = new Headers(cookies);
    expect(await signedInAs(handle, auth, copy)).toBe(PERSON.fullName);

    await auth.api.signOut({ headers: cookies });
    // The library alone would still vouch for the copy from its cookie cache.
    expect(await auth.api.getSession({ headers: copy })).not.toBeNull();
    expect(await signedInAs(handle, auth, copy)).toBeNull();
  });

  test(`a password change refuses every other session at once and keeps the one that changed it (${kind})`, async () => {
    const handle = handles.get(kind) as DatabaseHandle;
    const auth = createAuth(handle.db, randomBytes(32).toString('hex'));
    const here = await signedInCookies(auth, PERSON.password);
    const elsewhere = await signedInCookies(auth, PERSON.password);
    expect(await signedInAs(handle, auth, elsewhere)).toBe(PERSON.fullName);

    const changed = await auth.api.changePassword({
      body: { currentPassword: PERSON.password, newPassword: 'second-long-kettle-password', revokeOtherSessions: true },
      headers: here,
      returnHeaders: true,
    });
    const renewed = new Headers({ cookie: changed.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ') });

    expect(await signedInAs(handle, auth, elsewhere)).toBeNull();
    expect(await signedInAs(handle, auth, here)).toBeNull();
    expect(await signedInAs(handle, auth, renewed)).toBe(PERSON.fullName);
    await auth.api.changePassword({ body: { currentPassword: 'second-long-kettle-password', newPassword: PERSON.password, revokeOtherSessions: true }, headers: renewed });
  });
}

test('an expired session is refused even while its cookie is cached', async () => {
  const handle = handles.get('pglite') as DatabaseHandle;
  const auth = createAuth(handle.db, randomBytes(32).toString('hex'));
  const session = await auth.api.getSession({ headers: await signedInCookies(auth, PERSON.password) });
  if (!session) throw new Error('not signed in');
  const later = new Date(session.session.expiresAt.getTime() + 1000);
  expect(await readSessionProfile(handle.db, session.user.id, session.session.token, later)).toBeNull();
  expect(await readSessionProfile(handle.db, session.user.id, session.session.token)).not.toBeNull();
});
