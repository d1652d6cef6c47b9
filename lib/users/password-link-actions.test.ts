import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { forgotPasswordAction } from '@/app/(auth)/forgot-password/actions';
import { setPasswordAction } from '@/app/(auth)/set-password/[token]/actions';
import type { Auth } from '@/lib/auth/create-auth';
import { job, passwordLink } from '@/lib/db/schema';
import { openTestDatabase, type TestDatabase } from '@/lib/db/testing/test-databases';
import { initialFormState } from '@/lib/forms/form-state';
import { CLIENT_ADDRESS_HEADER, SERVER_SETS_CLIENT_ADDRESS } from '@/lib/http/client-address';
import { fakeRequest } from '@/lib/testing/fuzz/next-fakes';
import { findUsableLink, issuePasswordLinks, LINK_UNUSABLE } from '@/lib/users/password-links';
import { RESET_REQUESTED } from '@/lib/users/request-password-reset';
import { canSignIn, insertPerson, testAuth } from '@/lib/users/testing/password-link-world';

// The actions are called as Next would call them; the request's headers and the database are faked.
const current = vi.hoisted(() => ({ handle: null as TestDatabase | null }));
vi.mock('next/headers', async () => (await import('@/lib/testing/fuzz/next-fakes')).fakeHeadersModule);
vi.mock('@/lib/db/client', () => ({
  getDb: async () => {
    if (!current.handle) throw new Error('no test database');
    return current.handle.db;
  },
}));

let auth: Auth;
beforeAll(async () => {
  current.handle = await openTestDatabase('pglite');
  auth = testAuth(current.handle.db);
  // As under the app's own server, which writes the connection's address into every request.
  (globalThis as Record<symbol, unknown>)[SERVER_SETS_CLIENT_ADDRESS] = true;
});
afterAll(async () => {
  delete (globalThis as Record<symbol, unknown>)[SERVER_SETS_CLIENT_ADDRESS];
  await current.handle?.close();
});

function db() {
  if (!current.handle) throw new Error('no test database');
  return current.handle.db;
}

function form(fields: Record<string, string>, client: string): FormData {
  fakeRequest.headers = new Headers({ [CLIENT_ADDRESS_HEADER]: client });
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

/** Where the action redirected to, or null when it answered with a form state. */
async function redirectOf(action: Promise<unknown>): Promise<string | null> {
  const digest = await action.then(
    () => null,
    (error: unknown) => (error instanceof Error && 'digest' in error ? String(error.digest) : null),
  );
  return digest?.startsWith('NEXT_REDIRECT') ? (digest.split(';')[2] ?? null) : null;
}

test('asking for a reset gives the same answer for an address with an account and one without, and does nothing but queue the e-mail', async () => {
  const person = await insertPerson(db(), 'Thandi Mokoena', 'first-long-kettle-password');
  await db().delete(job);
  const known = await forgotPasswordAction(initialFormState, form({ email: person.email }, '198.51.100.1'));
  const unknown = await forgotPasswordAction(initialFormState, form({ email: 'nobody-here@example.co.za' }, '198.51.100.1'));
  expect(known).toEqual({ status: 'success', message: RESET_REQUESTED, fieldErrors: {}, values: {} });
  expect(unknown).toEqual(known);
  const queued = await db().select({ payload: job.payload }).from(job);
  expect(queued.map((row) => row.payload)).toEqual([
    { type: 'password-reset', email: person.email },
    { type: 'password-reset', email: 'nobody-here@example.co.za' },
  ]);
  expect(await db().select({ id: passwordLink.id }).from(passwordLink)).toEqual([]);
});

test('asking for a reset with a malformed address says so on the field and queues nothing', async () => {
  await db().delete(job);
  const state = await forgotPasswordAction(initialFormState, form({ email: 'not an address' }, '198.51.100.2'));
  expect(state.status).toBe('error');
  expect(state.fieldErrors.email).toBe('Enter an e-mail address like name@example.co.za');
  expect(await db().select({ id: job.id }).from(job)).toEqual([]);
});

test('one address on one client may ask five times in 15 minutes; the sixth is told how long to wait, and another client may still ask for it', async () => {
  const email = 'limited@example.co.za';
  for (let index = 0; index < 5; index += 1) expect((await forgotPasswordAction(initialFormState, form({ email }, '198.51.100.3'))).status).toBe('success');
  const refused = await forgotPasswordAction(initialFormState, form({ email }, '198.51.100.3'));
  expect(refused.status).toBe('error');
  expect(refused.message).toBe('Too many requests for a link from your connection. Wait 15 minutes, then try again.');
  expect(refused.values.email).toBe(email);
  expect((await forgotPasswordAction(initialFormState, form({ email }, '203.0.113.7'))).status).toBe('success');
});

test('setting a password through a link: a mismatch and a weak password are marked on their fields and leave the link usable; a good one sets it and goes to sign-in', async () => {
  const person = await insertPerson(db(), 'Pieter Botha', 'first-long-kettle-password');
  const [link] = await issuePasswordLinks(db(), [person.id], 'reset', null);
  if (!link) throw new Error('no link');
  const client = '198.51.100.4';

  const mismatch = await setPasswordAction(initialFormState, form({ token: link.token, password: 'orchard-lamp-under-rain', confirmPassword: 'orchard-lamp-under-snow' }, client));
  expect(mismatch.fieldErrors).toEqual({ confirmPassword: 'The two passwords do not match' });
  const short = await setPasswordAction(initialFormState, form({ token: link.token, password: 'short', confirmPassword: 'short' }, client));
  expect(short.fieldErrors.password).toBe('A password needs at least 10 characters');
  const personal = await setPasswordAction(initialFormState, form({ token: link.token, password: 'pieter-orchard-lamp', confirmPassword: 'pieter-orchard-lamp' }, client));
  expect(personal.fieldErrors).toEqual({ password: 'This password contains your name or e-mail address, which others can guess. Choose another.' });
  expect(personal.values).not.toHaveProperty('password');
  expect(await findUsableLink(db(), link.token)).not.toBeNull();

  const good = { token: link.token, password: 'orchard-lamp-under-rain', confirmPassword: 'orchard-lamp-under-rain' };
  expect(await redirectOf(setPasswordAction(initialFormState, form(good, client)))).toBe('/sign-in?password=set');
  expect(await canSignIn(auth, person.email, 'orchard-lamp-under-rain')).toBe(true);
  const again = await setPasswordAction(initialFormState, form(good, client));
  expect(again).toMatchObject({ status: 'error', message: LINK_UNUSABLE, fieldErrors: {} });
});

test('one client may try to set a password through links twenty times in ten minutes; then it is told how long to wait', async () => {
  const attempt = () => setPasswordAction(initialFormState, form({ token: 'A'.repeat(43), password: 'orchard-lamp-under-rain', confirmPassword: 'orchard-lamp-under-rain' }, '198.51.100.5'));
  for (let index = 0; index < 20; index += 1) expect((await attempt()).message).toBe(LINK_UNUSABLE);
  expect((await attempt()).message).toBe('Too many attempts from your connection. Wait 10 minutes, then try again.');
});
