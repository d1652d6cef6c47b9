import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { auditEvent, job, passwordLink } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from '@/lib/db/testing/test-databases';
import { formatSastTime } from '@/lib/format/sast';
import { runNextJob } from '@/lib/jobs/run-next-job';
import type { MailConfig } from '@/lib/mail/mail-config';
import { enqueueNotice, MAIL_JOB } from '@/lib/mail/notices';
import { sendNoticeJob } from '@/lib/mail/send-notice-job';
import { type CapturedMail, captureSmtp } from '@/lib/mail/testing/capture-smtp';
import { updateSettings } from '@/lib/settings/settings-store';
import { issueResetLinkByAdmin } from '@/lib/users/admin-reset-link';
import { findUsableLink, issuePasswordLinks, setPasswordWithLink } from '@/lib/users/password-links';
import { insertPerson } from '@/lib/users/testing/password-link-world';

const BASE = 'https://course.example.co.za';
const LINK = new RegExp(`${BASE.replace(/[.]/g, '\\.')}/set-password/([A-Za-z0-9_-]{43})`);
let smtp: Awaited<ReturnType<typeof captureSmtp>>;
const handles = new Map<string, TestDatabase>();
beforeAll(async () => {
  smtp = await captureSmtp();
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
});
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
  await smtp.close();
});

const config = (): MailConfig => ({ smtpUrl: smtp.url, from: 'Course <course@example.co.za>', baseUrl: BASE, outboxDir: '/nonexistent-outbox' });

/** Runs the queue until nothing is due, as the worker does. */
async function drain(handle: TestDatabase) {
  for (;;) {
    const outcome = await runNextJob(handle.db, { [MAIL_JOB]: async (db, claimed) => void (await sendNoticeJob(db, claimed, config())) }, 'test-worker');
    if (outcome.kind === 'idle') return;
    expect(outcome.kind).toBe('done');
  }
}

/** Queues the notices, runs the queue, and returns what arrived. */
async function sent(handle: TestDatabase, queue: () => Promise<unknown>): Promise<CapturedMail[]> {
  await handle.db.delete(job);
  const before = smtp.received.length;
  await queue();
  await drain(handle);
  return smtp.received.slice(before);
}

function tokenIn(mail: CapturedMail | undefined): string {
  const token = LINK.exec(mail?.mail.text ?? '')?.[1];
  if (!token) throw new Error('the message holds no password link');
  return token;
}

for (const kind of TEST_DATABASE_KINDS) {
  const db = () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    return handle;
  };

  test(`${kind}: a reset asked for by an address no account uses sends nothing and makes no link`, async () => {
    const links = (await db().db.select({ id: passwordLink.id }).from(passwordLink)).length;
    const mails = await sent(db(), () => enqueueNotice(db().db, { type: 'password-reset', email: 'nobody-here@example.co.za' }));
    expect(mails).toEqual([]);
    expect(await db().db.select({ id: passwordLink.id }).from(passwordLink)).toHaveLength(links);
    expect(await db().db.select({ state: job.state }).from(job)).toEqual([{ state: 'done' }]);
  });

  test(`${kind}: a reset asked for by a known address sends one message whose link opens a reset link; running the job again sends nothing and leaves that link working`, async () => {
    const person = await insertPerson(db().db, 'Thandi Mokoena', 'first-long-kettle-password');
    const mails = await sent(db(), () => enqueueNotice(db().db, { type: 'password-reset', email: person.email.toUpperCase() }));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.envelopeTo).toEqual([person.email]);
    expect(mails[0]?.mail.subject).toBe('Set a new password');
    expect(mails[0]?.mail.text).toContain('The link works once, for an hour');
    expect(mails[0]?.mail.text).toContain('it is sent whatever e-mails you have chosen');
    expect(mails[0]?.mail.text).not.toContain('You can choose which e-mails you get');
    const token = tokenIn(mails[0]);
    expect(await findUsableLink(db().db, token)).toEqual({ userId: person.id, purpose: 'reset', fullName: 'Thandi Mokoena', email: person.email });
    const audited = await db().db.select({ actorId: auditEvent.actorId, data: auditEvent.data }).from(auditEvent).where(and(eq(auditEvent.type, 'auth.password_link_issued'), eq(auditEvent.subjectId, person.id)));
    expect(audited).toEqual([{ actorId: null, data: { purpose: 'reset', byAdmin: false } }]);

    // The job runs again, as after a worker stopped before marking it done: no second message, no second link.
    const [row] = await db().db.select().from(job);
    if (!row) throw new Error('no job');
    expect(row.payload).toEqual({ type: 'password-reset', email: person.email.toUpperCase() });
    expect(await sendNoticeJob(db().db, row, config())).toBe('already-sent');
    await db().db.update(job).set({ state: 'queued', runAfter: new Date(0) }).where(eq(job.id, row.id));
    const before = smtp.received.length;
    await drain(db());
    expect(smtp.received.length).toBe(before);
    expect(await findUsableLink(db().db, token)).not.toBeNull();
    await setPasswordWithLink(db().db, token, 'orchard-lamp-under-rain');
  });

  test(`${kind}: a reset link an administrator makes is e-mailed once, its link opens it, and the delivered job no longer holds the token`, async () => {
    const admin = await insertPerson(db().db, 'Admin Person', 'admins-own-long-kettle');
    const person = await insertPerson(db().db, 'Pieter Botha', 'first-long-kettle-password');
    await updateSettings(db().db, null, { providerName: 'Ubuntu Skills Academy' });
    let issued: Awaited<ReturnType<typeof issueResetLinkByAdmin>> | null = null;
    const mails = await sent(db(), async () => {
      issued = await issueResetLinkByAdmin(db().db, { id: admin.id, role: 'admin' }, person.id);
    });
    expect(mails).toHaveLength(1);
    expect(mails[0]?.envelopeTo).toEqual([person.email]);
    expect(mails[0]?.mail.subject).toBe('A link to set a new password');
    expect(mails[0]?.mail.text).toContain('An administrator at Ubuntu Skills Academy made a link for you');
    expect(tokenIn(mails[0])).toBe((issued as { token: string } | null)?.token);
    expect(await findUsableLink(db().db, tokenIn(mails[0]))).toMatchObject({ userId: person.id, purpose: 'reset' });
    expect(await db().db.select({ payload: job.payload }).from(job)).toEqual([{ payload: { type: 'password-link', to: person.id, purpose: 'reset' } }]);
    const audited = await db().db.select({ actorId: auditEvent.actorId, data: auditEvent.data }).from(auditEvent).where(and(eq(auditEvent.type, 'auth.password_link_issued'), eq(auditEvent.subjectId, person.id)));
    expect(audited).toEqual([{ actorId: admin.id, data: { purpose: 'reset', byAdmin: true } }]);
  });

  test(`${kind}: an invitation link is e-mailed as a welcome naming the provider, the course and the day it expires`, async () => {
    const person = await insertPerson(db().db, 'Kagiso Molefe', null);
    await updateSettings(db().db, null, { providerName: 'Ubuntu Skills Academy' });
    let expiresAt = new Date(0);
    const mails = await sent(db(), async () => {
      await db().db.transaction(async (tx) => {
        const [link] = await issuePasswordLinks(tx, [person.id], 'invitation', null);
        if (!link) throw new Error('no link');
        expiresAt = link.expiresAt;
        await enqueueNotice(tx, { type: 'password-link', to: person.id, purpose: 'invitation', token: link.token });
      });
    });
    expect(mails).toHaveLength(1);
    expect(mails[0]?.envelopeTo).toEqual([person.email]);
    expect(mails[0]?.mail.subject).toBe('You are enrolled: set your password to start');
    const text = mails[0]?.mail.text ?? '';
    expect(text).toContain('Hello Kagiso Molefe,');
    expect(text).toContain('Ubuntu Skills Academy has enrolled you in the course “Customer care in IT support, working to an SLA” (SAQA unit standard 114052).');
    expect(text).toContain(`The link below works once and expires on ${formatSastTime(expiresAt)}`);
    expect(text).toMatch(new RegExp(`Set your password to start: ${LINK.source}`));
    expect(await findUsableLink(db().db, tokenIn(mails[0]))).toMatchObject({ userId: person.id, purpose: 'invitation' });
    expect(await db().db.select({ payload: job.payload }).from(job)).toEqual([{ payload: { type: 'password-link', to: person.id, purpose: 'invitation' } }]);
  });

  test(`${kind}: a password link used or replaced before its e-mail goes is not sent, and the queue forgets its token all the same`, async () => {
    const person = await insertPerson(db().db, 'Ayanda Zulu', 'first-long-kettle-password');
    const mails = await sent(db(), async () => {
      const [first] = await issuePasswordLinks(db().db, [person.id], 'reset', null);
      if (!first) throw new Error('no link');
      await enqueueNotice(db().db, { type: 'password-link', to: person.id, purpose: 'reset', token: first.token });
      const [second] = await issuePasswordLinks(db().db, [person.id], 'reset', null);
      if (!second) throw new Error('no link');
      await enqueueNotice(db().db, { type: 'password-link', to: person.id, purpose: 'reset', token: second.token });
      await setPasswordWithLink(db().db, second.token, 'orchard-lamp-under-rain');
    });
    expect(mails).toEqual([]);
    const rows = await db().db.select({ payload: job.payload, state: job.state }).from(job);
    expect(rows).toEqual([
      { payload: { type: 'password-link', to: person.id, purpose: 'reset' }, state: 'done' },
      { payload: { type: 'password-link', to: person.id, purpose: 'reset' }, state: 'done' },
    ]);
  });
}
