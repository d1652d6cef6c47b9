import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { signJudgement } from '@/lib/assessing/record-judgement';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { ALL_ACS, finishLessons, loadRealAssessment, PASSWORD, person, RULES, submittedAttempt } from '@/lib/assessment/testing/fixtures';
import { job, submission } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from '@/lib/db/testing/test-databases';
import { type JobHandlers, runNextJob } from '@/lib/jobs/run-next-job';
import type { MailConfig } from '@/lib/mail/mail-config';
import { saveMailPreferences } from '@/lib/mail/mail-preferences';
import { MAIL_JOB } from '@/lib/mail/notices';
import { listOutbox, readOutboxMessage } from '@/lib/mail/outbox';
import { sendNoticeJob } from '@/lib/mail/send-notice-job';
import { type CapturedMail, captureSmtp } from '@/lib/mail/testing/capture-smtp';
import { INVITATION } from '@/lib/portfolio/witness/testing/witness-fixtures';
import { issueWitnessInvitation } from '@/lib/portfolio/witness/issue-invitation';
import { assignAssessor } from '@/lib/users/manage-users';

const BASE = 'https://course.example.co.za';
let content: LoadedAssessment;
let smtp: Awaited<ReturnType<typeof captureSmtp>>;
let outboxDir: string;
const handles = new Map<string, TestDatabase>();
beforeAll(async () => {
  content = await loadRealAssessment();
  smtp = await captureSmtp();
  outboxDir = await mkdtemp(path.join(tmpdir(), 'outbox-'));
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
});
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
  await smtp.close();
  await rm(outboxDir, { recursive: true, force: true });
});

const viaSmtp = (): MailConfig => ({ smtpUrl: smtp.url, from: 'Course <course@example.co.za>', baseUrl: BASE, outboxDir });
const toOutbox = (dir: string): MailConfig => ({ smtpUrl: null, from: 'Course <course@example.co.za>', baseUrl: BASE, outboxDir: dir });

function mailHandlers(config: MailConfig): JobHandlers {
  return { [MAIL_JOB]: async (db, claimed) => void (await sendNoticeJob(db, claimed, config)) };
}

/** Runs the queue until nothing is due, as the worker does. */
async function drain(handle: TestDatabase, config: MailConfig) {
  for (;;) {
    const outcome = await runNextJob(handle.db, mailHandlers(config), 'test-worker');
    if (outcome.kind === 'idle') return;
    expect(outcome.kind).toBe('done');
  }
}

async function world(handle: TestDatabase) {
  await handle.db.delete(job);
  const admin = { id: await person(handle, 'Admin Person', 'admin'), role: 'admin' as const };
  const assessorId = await person(handle, 'Thandi Nkosi', 'assessor', 'MICT/ASS/0117');
  const learnerId = await person(handle, 'Lerato Mokoena', 'learner');
  await assignAssessor(handle.db, admin, learnerId, assessorId);
  await finishLessons(handle, learnerId);
  const submissionId = await submittedAttempt(handle, content, learnerId, 'Lerato Mokoena');
  return { assessor: { id: assessorId, role: 'assessor' as const }, learnerId, submissionId };
}

async function emailOf(handle: TestDatabase, userId: string): Promise<string> {
  const result = (await handle.db.execute(sql`select email from "user" where id = ${userId}`)) as unknown as { rows: { email: string }[] };
  return result.rows[0]?.email ?? '';
}

function newSince(before: number): CapturedMail[] {
  return smtp.received.slice(before);
}

for (const kind of TEST_DATABASE_KINDS) {
  const db = () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    return handle;
  };

  test(`${kind}: a submission sends its assessor one e-mail with a link to the submission, and running the job again sends nothing more`, async () => {
    const { assessor, submissionId } = await world(db());
    const before = smtp.received.length;
    await drain(db(), viaSmtp());
    const sent = newSince(before);
    expect(sent).toHaveLength(1);
    const [message] = sent;
    const address = await emailOf(db(), assessor.id);
    expect(message?.envelopeTo).toEqual([address]);
    expect(message?.mail.subject).toBe('Submission waiting: Lerato Mokoena, attempt 1');
    expect(message?.mail.text).toContain(`${BASE}/assess/${submissionId}`);
    expect(message?.mail.html).toContain(`href="${BASE}/assess/${submissionId}"`);
    // The job runs again (as after a worker stopped before marking it done): no second message.
    const [row] = await db().db.select().from(job).where(eq(job.kind, MAIL_JOB));
    if (!row) throw new Error('no job');
    expect(await sendNoticeJob(db().db, row, viaSmtp())).toBe('already-sent');
    await db().db.update(job).set({ state: 'queued', runAfter: new Date(0) }).where(eq(job.id, row.id));
    await drain(db(), viaSmtp());
    expect(newSince(before)).toHaveLength(1);
  });

  test(`${kind}: a signed result sends the learner one e-mail with the outcome, the feedback and a link to the result`, async () => {
    const { assessor, learnerId, submissionId } = await world(db());
    await drain(db(), viaSmtp());
    const before = smtp.received.length;
    const [current] = await db().db.select({ revision: submission.revision }).from(submission).where(eq(submission.id, submissionId));
    const feedback = 'Your escalation message does not say what outcome you need or by when.';
    const judgements = Object.fromEntries(ALL_ACS.map((code) => [code, { met: code === 'AC3.1' ? ('not_yet' as const) : ('met' as const), comment: 'Seen.' }]));
    await signJudgement(db().db, assessor, { submissionId, revision: current?.revision ?? 0, feedback, judgements }, RULES, PASSWORD);
    await drain(db(), viaSmtp());
    const sent = newSince(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.envelopeTo).toEqual([await emailOf(db(), learnerId)]);
    expect(sent[0]?.mail.subject).toBe('Your assessment result: Not Yet Competent');
    expect(sent[0]?.mail.text).toContain(feedback);
    expect(sent[0]?.mail.text).toContain(`${BASE}/assessment/${submissionId}`);
    const [row] = await db().db.select().from(job).where(and(eq(job.kind, MAIL_JOB), sql`${job.payload}->>'type' = 'result-released'`));
    if (!row) throw new Error('no job');
    expect(await sendNoticeJob(db().db, row, viaSmtp())).toBe('already-sent');
    expect(newSince(before)).toHaveLength(1);
  });

  test(`${kind}: an assessor who turned off submission e-mails gets none, though the job is done`, async () => {
    await db().db.delete(job);
    const assessorId = await person(db(), 'Quiet Assessor', 'assessor', 'MICT/ASS/0200');
    await saveMailPreferences(db().db, assessorId, 'assessor', { optedOut: ['submission-waiting'], dailyDigest: false });
    const admin = { id: await person(db(), 'Admin Two', 'admin'), role: 'admin' as const };
    const learnerId = await person(db(), 'Sipho Dlamini', 'learner');
    await assignAssessor(db().db, admin, learnerId, assessorId);
    await finishLessons(db(), learnerId);
    await submittedAttempt(db(), content, learnerId, 'Sipho Dlamini');
    const before = smtp.received.length;
    await drain(db(), viaSmtp());
    expect(newSince(before)).toHaveLength(0);
    const rows = await db().db.select({ state: job.state }).from(job);
    expect(rows).toEqual([{ state: 'done' }]);
  });

  test(`${kind}: without SMTP_URL the message is written to the outbox folder, listed and readable there, and nowhere else`, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'outbox-'));
    try {
      const { assessor, submissionId } = await world(db());
      const before = smtp.received.length;
      await drain(db(), toOutbox(dir));
      expect(newSince(before)).toHaveLength(0);
      const listed = await listOutbox(dir);
      expect(listed).toHaveLength(1);
      expect((await readdir(dir)).every((name) => name.endsWith('.eml'))).toBe(true);
      const raw = await readOutboxMessage(dir, listed[0]?.name ?? '');
      const parsed = await simpleParser(raw ?? '');
      expect(parsed.subject).toBe('Submission waiting: Lerato Mokoena, attempt 1');
      expect(parsed.text).toContain(`${BASE}/assess/${submissionId}`);
      const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
      expect(to?.value[0]?.address).toBe(await emailOf(db(), assessor.id));
      expect(await readOutboxMessage(dir, '../../etc/passwd')).toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test(`${kind}: a witness link the learner asked to have e-mailed goes to the witness's address, and the queue forgets the token once it is sent`, async () => {
    await db().db.delete(job);
    const learnerId = await person(db(), 'Ayanda Zulu', 'learner');
    const issued = await issueWitnessInvitation(db().db, { id: learnerId, role: 'learner' }, { ...INVITATION, emailToWitness: 'on' });
    expect(issued.emailed).toBe(true);
    await issueWitnessInvitation(db().db, { id: learnerId, role: 'learner' }, { ...INVITATION, witnessName: 'Not Emailed' });
    const before = smtp.received.length;
    await drain(db(), viaSmtp());
    const sent = newSince(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.envelopeTo).toEqual([INVITATION.contact]);
    expect(sent[0]?.mail.text).toContain(`${BASE}/witness/${issued.token}`);
    const rows = await db().db.select({ payload: job.payload }).from(job);
    expect(rows).toEqual([{ payload: { type: 'witness-invitation', invitationId: issued.invitationId } }]);
  });
}
