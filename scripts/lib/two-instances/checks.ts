import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import type { CapturedMail } from '@/lib/mail/testing/capture-smtp';
import type { S3Settings } from '@/lib/env';
import { readingOrder } from '../reading-order.mjs';
import { Browserless } from './browserless';
import { type Instance, PEOPLE } from './instances';

/**
 * Signs the learner in on A with the form B drew (both servers must know the form's server action);
 * B must take the session cookie A set, and refuse it once its signature is altered.
 */
export async function sessionFromAIsValidOnB(a: Instance, b: Instance): Promise<Browserless> {
  const learner = new Browserless();
  const signedIn = await learner.submitForm(b.base, '/sign-in', 'Sign in', { email: PEOPLE.learner.email, password: PEOPLE.learner.password }, a.base);
  assert.ok(!new URL(signedIn.url).pathname.startsWith('/sign-in'), `signing in on A leaves the sign-in page (ended on ${signedIn.url})`);
  const token = learner.cookies.get('course.session_token');
  assert.ok(token, 'A set the session cookie');

  const me = JSON.parse((await learner.request(b.base, '/api/me')).text()) as { signedIn: boolean; name?: string; role?: string };
  assert.deepEqual(me, { signedIn: true, name: PEOPLE.learner.fullName, role: 'learner' }, 'B knows the learner from the cookie A set');

  // The control: the same cookies with the token's signature changed. B must check the signature
  // with the shared secret, not merely find the token in the shared database.
  const forger = new Browserless();
  for (const [name, value] of learner.cookies) forger.cookies.set(name, value);
  const decoded = decodeURIComponent(token);
  const dot = decoded.lastIndexOf('.');
  forger.cookies.set('course.session_token', encodeURIComponent(`${decoded.slice(0, dot + 1)}${'A'.repeat(decoded.length - dot - 1)}`));
  const forged = JSON.parse((await forger.request(b.base, '/api/me')).text()) as { signedIn: boolean };
  assert.equal(forged.signedIn, false, 'B refuses the cookie once its signature is altered');
  return learner;
}

/**
 * Signing out on A ends the session on B at once: B may not trust its minute-long signed cookie
 * cache for a session whose row A deleted. The cookies are kept from before, as a thief's copy would be.
 */
export async function signOutOnAEndsSessionOnB(learner: Browserless, a: Instance, b: Instance): Promise<void> {
  const copy = new Browserless();
  for (const [name, value] of learner.cookies) copy.cookies.set(name, value);
  const before = JSON.parse((await copy.request(b.base, '/api/me')).text()) as { signedIn: boolean };
  assert.equal(before.signedIn, true, 'B knows the learner before the sign-out');
  await learner.submitForm(a.base, '/sign-out', 'Sign out', {});
  assert.equal(learner.cookies.has('course.session_token'), false, 'A removed the session cookie');
  const after = JSON.parse((await copy.request(b.base, '/api/me')).text()) as { signedIn: boolean };
  assert.equal(after.signedIn, false, 'B refuses the old cookies once the learner signed out on A');
}

/** A one-page PDF with random bytes in a comment, so its content is this run's own. */
function uniquePdf(): Buffer {
  const body = `%PDF-1.4\n%${randomBytes(24).toString('hex')}\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** The learner starts an attempt and uploads evidence on A; B serves the very same bytes, which are in the S3 bucket. */
export async function evidenceFromAIsServedByB(learner: Browserless, a: Instance, b: Instance, s3: S3Settings): Promise<void> {
  const done = { openedAt: '2026-03-02T08:00:00.000Z', completedAt: '2026-03-02T09:00:00.000Z' };
  const progress = { lessons: Object.fromEntries(readingOrder().map((slug) => [slug, done])), answers: {} };
  const saved = await learner.request(a.base, '/api/progress', { method: 'PUT', body: JSON.stringify(progress), headers: { 'content-type': 'application/json' } });
  assert.equal(saved.status, 200, `A saves the learner's progress: ${saved.text()}`);

  const started = await learner.submitForm(a.base, '/assessment', 'Start the assessment', {});
  const submissionId = /\/assessment\/([0-9a-f-]{36})$/.exec(new URL(started.url).pathname)?.[1];
  assert.ok(submissionId, `starting the assessment on A opens the attempt (ended on ${started.url})`);

  const pdf = uniquePdf();
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'call-log.pdf');
  const uploaded = await learner.request(a.base, `/api/submissions/${submissionId}/evidence`, { method: 'POST', body: form });
  assert.equal(uploaded.status, 200, `A takes the upload: ${uploaded.text()}`);
  const file = JSON.parse(uploaded.text()) as { id: string; sha256: string; size: number };
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  assert.equal(file.sha256, sha256, 'A stored the bytes sent');

  const downloaded = await learner.request(b.base, `/api/evidence/${file.id}`);
  assert.equal(downloaded.status, 200, `B serves the file uploaded through A: ${downloaded.text().slice(0, 200)}`);
  assert.ok(downloaded.body.equals(pdf), 'B serves the same bytes, byte for byte');

  // s3rver lists a bucket without a signature; the object's key ends in the content's hash.
  const listing = await (await fetch(`${s3.endpoint}/${s3.bucket}`)).text();
  assert.ok(listing.includes(sha256), 'the file is an object in the shared S3 bucket');
}

/** Look-ups of record codes on A use up VERIFY_LIMIT; B refuses the next one with 429 and Retry-After. */
export async function verifyLimitOnAHoldsOnB(a: Instance, b: Instance, limit: number): Promise<void> {
  const visitor = new Browserless();
  for (let index = 0; index < limit; index += 1) {
    const reply = await visitor.request(a.base, `/verify/ZZZZ-ZZZZ-ZZ${String(index).padStart(2, '0')}`);
    assert.equal(reply.status, 404, `look-up ${index + 1} of ${limit} on A is answered (no such record)`);
  }
  const refused = await visitor.request(b.base, '/verify/ZZZZ-ZZZZ-ZZZZ');
  assert.equal(refused.status, 429, 'B refuses the look-up after the limit was reached on A');
  const wait = Number(refused.headers.get('retry-after'));
  assert.ok(wait > 0 && wait <= 60, `B says when to try again (Retry-After: ${refused.headers.get('retry-after')})`);
}

/** Wrong passwords on A use up SIGN_IN_LIMIT for the account; B then refuses even the right password. */
export async function signInLimitOnAHoldsOnB(a: Instance, b: Instance, limit: number): Promise<void> {
  const guesser = new Browserless();
  for (let index = 0; index < limit; index += 1) {
    const reply = await guesser.submitForm(a.base, '/sign-in', 'Sign in', { email: PEOPLE.limited.email, password: `wrong-password-${index}` });
    assert.ok(reply.text().includes('The e-mail address or password is not right'), `wrong password ${index + 1} on A is refused as wrong`);
  }
  const owner = new Browserless();
  const reply = await owner.submitForm(b.base, '/sign-in', 'Sign in', { email: PEOPLE.limited.email, password: PEOPLE.limited.password });
  assert.match(reply.text(), /Too many sign-in attempts\. Wait \d+ seconds?, then try again\./, 'B refuses the sign-in after the limit was reached on A');
  assert.equal(owner.cookies.has('course.session_token'), false, 'B set no session cookie');
}

type JobRow = { id: string; state: string; attempts: number; last_error: string | null; payload: { invitationId?: string } };

/**
 * The learner asks on A for `count` witness links e-mailed, at once: `count` mail jobs in the shared
 * queue. Both servers run a worker and the mail server is slow to accept, so both workers take jobs
 * (each mail's link names the server that sent it); every job must still run once and every
 * witness get exactly one message, the one with their own link.
 */
export async function jobsRunOnceAndMailArrivesOnce(learner: Browserless, a: Instance, b: Instance, databaseUrl: string, received: CapturedMail[], count: number): Promise<void> {
  const witnesses = Array.from({ length: count }, (_, index) => `witness-${index + 1}@two.example.co.za`);
  const issued = await Promise.all(
    witnesses.map(async (contact, index) => {
      const reply = await learner.submitForm(a.base, '/portfolio/witnesses', 'Create the witness link', {
        witnessName: `Witness Number ${index + 1}`,
        witnessRole: 'Service desk team leader',
        organisation: 'Acme IT',
        contact,
        emailToWitness: 'on',
      });
      const text = reply.text();
      assert.ok(text.includes(`It is also being e-mailed to ${contact}`), `A queued the link for ${contact}`);
      const path = /data-testid="witness-link"[^>]*>[^<]*?(\/witness\/[\w-]+)</.exec(text)?.[1];
      assert.ok(path, `A showed the learner the link for ${contact}`);
      return { contact, path };
    }),
  );

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const jobs = async () => (await client.query<JobRow>(`select id, state, attempts, last_error, payload from job where kind = 'mail' order by created_at`)).rows;
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && !(await jobs()).every((row) => row.state === 'done')) await new Promise((resolve) => setTimeout(resolve, 200));
    // Time for a second worker to send anything twice, had it claimed a job already taken.
    await new Promise((resolve) => setTimeout(resolve, 2_000));

    const rows = await jobs();
    assert.equal(rows.length, count, `one mail job per link (${rows.length} of ${count})`);
    for (const row of rows) assert.deepEqual({ state: row.state, attempts: row.attempts, error: row.last_error }, { state: 'done', attempts: 1, error: null }, `job ${row.id} ran once and succeeded`);
    const delivered = (await client.query<{ job_id: string }>('select job_id from mail_delivery')).rows.map((row) => row.job_id);
    assert.deepEqual(new Set(delivered), new Set(rows.map((row) => row.id)), 'each job recorded its delivery once');

    assert.equal(received.length, count, `the mail server received ${received.length} messages for ${count} jobs`);
    const messageIds = received.map((message) => message.mail.messageId ?? '');
    assert.deepEqual(new Set(messageIds), new Set(rows.map((row) => `<${row.id}@course.notice>`)), 'one message per job, named by its job');
    for (const { contact, path } of issued) {
      const mails = received.filter((message) => message.envelopeTo.includes(contact));
      assert.equal(mails.length, 1, `${contact} got exactly one message`);
      assert.ok(mails[0]?.mail.text?.includes(path), `${contact}'s message holds the link A showed for them`);
    }
    const senders = new Set(received.map((message) => (/http:\/\/localhost:(\d+)\/witness\//.exec(message.mail.text ?? '')?.[1] ?? '?')));
    assert.deepEqual(senders, new Set([String(a.port), String(b.port)]), 'both servers\u2019 workers sent some of the mail');
  } finally {
    await client.end();
  }
}
