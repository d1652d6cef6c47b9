import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createAuth } from '@/lib/auth/create-auth';
import { attemptSignIn, type SignInLimits, signInLimits } from '@/lib/auth/sign-in';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { openTestDatabase } from '@/lib/db/testing/test-databases';
import { CLIENT_ADDRESS_HEADER, clientAddress } from '@/lib/http/client-address';
import { createAccount } from '@/lib/users/create-account';

// The real sign-in path (the auth library checking the password against the database) behind the
// app's limits, with SIGN_IN_LIMIT's default of 5 a minute per account on one client.
const OWNER = { email: 'owner@example.co.za', password: 'the-owners-own-kettle' };
let handle: DatabaseHandle;
let deps: { db: DatabaseHandle['db']; auth: ReturnType<typeof createAuth>; limits: SignInLimits };

beforeAll(async () => {
  handle = await openTestDatabase('pglite');
  await createAccount(handle.db, { ...OWNER, fullName: 'Account Owner', role: 'learner' }, null, 'user.created');
  await createAccount(handle.db, { email: 'other@example.co.za', password: 'another-long-password', fullName: 'Other Person', role: 'learner' }, null, 'user.created');
});
afterAll(async () => {
  await handle.close();
});

function freshDeps() {
  deps = { db: handle.db, auth: createAuth(handle.db, randomBytes(32).toString('hex')), limits: signInLimits(undefined) };
  return deps;
}

function attempt(client: string, password: string, email = OWNER.email) {
  return attemptSignIn(deps, { email, password, client, headers: new Headers() });
}

test("an attacker's failed attempts from one client do not stop the owner signing in from another", async () => {
  freshDeps();
  for (let index = 0; index < 5; index += 1) expect(await attempt('198.51.100.66', 'guess-number-one')).toEqual({ ok: false, reason: 'invalid' });
  const refused = await attempt('198.51.100.66', OWNER.password);
  expect(refused).toMatchObject({ ok: false, reason: 'rate-limited' });

  const owner = await attempt('203.0.113.10', OWNER.password);
  expect(owner.ok).toBe(true);
});

test('rotating X-Forwarded-For does not buy more attempts across accounts when no proxy is trusted', async () => {
  freshDeps();
  const trust = { trustedHops: 0, serverSetsAddress: true };
  const outcomes = [];
  // Twenty is four times the per-account limit: the cap for one client whichever accounts it tries.
  for (let index = 0; index < 21; index += 1) {
    const headers = new Headers({ 'x-forwarded-for': `192.0.2.${index + 1}`, [CLIENT_ADDRESS_HEADER]: '198.51.100.68' });
    outcomes.push(await attempt(clientAddress(headers, trust), 'guess-again-please', `nobody-${index}@example.co.za`));
  }
  expect(outcomes.slice(0, 20).every((outcome) => outcome.ok === false && outcome.reason === 'invalid')).toBe(true);
  expect(outcomes[20]).toMatchObject({ ok: false, reason: 'rate-limited' });
  expect((outcomes[20] as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
});
