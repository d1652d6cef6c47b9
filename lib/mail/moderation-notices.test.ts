import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { signJudgement } from '@/lib/assessing/record-judgement';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { ALL_ACS, finishLessons, loadRealAssessment, PASSWORD, person, RULES, submittedAttempt } from '@/lib/assessment/testing/fixtures';
import { getCourseContentForTests } from '@/lib/content/testing/course-for-tests';
import { job, submission } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from '@/lib/db/testing/test-databases';
import { runNextJob } from '@/lib/jobs/run-next-job';
import type { MailConfig } from '@/lib/mail/mail-config';
import { saveMailPreferences } from '@/lib/mail/mail-preferences';
import { MAIL_JOB } from '@/lib/mail/notices';
import { listOutbox, readOutboxMessage } from '@/lib/mail/outbox';
import { scheduleDailyDigests } from '@/lib/mail/schedule-digests';
import { sendNoticeJob } from '@/lib/mail/send-notice-job';
import { createBatch } from '@/lib/moderation/create-batch';
import { decideRecord } from '@/lib/moderation/decide';
import { signBatch } from '@/lib/moderation/sign-batch';
import type { RecordDeps } from '@/lib/record/build-record';
import { assignAssessor } from '@/lib/users/manage-users';

const BASE = 'https://course.example.co.za';
let content: LoadedAssessment;
let deps: RecordDeps;
const handles = new Map<string, TestDatabase>();
beforeAll(async () => {
  content = await loadRealAssessment();
  const course = await getCourseContentForTests();
  deps = { course: course.course, outcomes: course.outcomes, parts: content.definition.parts, sufficiency: RULES.sufficiency, baseUrl: BASE };
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
});
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
});

async function revisionOf(handle: TestDatabase, id: string): Promise<number> {
  const [row] = await handle.db.select({ revision: submission.revision }).from(submission).where(eq(submission.id, id));
  return row?.revision ?? -1;
}

const allMet = (submissionId: string, revision: number) => ({ submissionId, revision, feedback: '', judgements: Object.fromEntries(ALL_ACS.map((code) => [code, { met: 'met' as const, comment: '' }])) });

/** Sends every due notice into a fresh outbox folder and returns the messages, parsed. */
async function sendAll(handle: TestDatabase) {
  const dir = await mkdtemp(path.join(tmpdir(), 'outbox-'));
  try {
    const config: MailConfig = { smtpUrl: null, from: 'Course <course@example.co.za>', baseUrl: BASE, outboxDir: dir };
    for (;;) {
      const outcome = await runNextJob(handle.db, { [MAIL_JOB]: async (db, claimed) => void (await sendNoticeJob(db, claimed, config)) }, 'test');
      if (outcome.kind === 'idle') break;
    }
    const parsed = [];
    for (const entry of await listOutbox(dir)) {
      const mail = await simpleParser((await readOutboxMessage(dir, entry.name)) ?? '');
      const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
      parsed.push({ to: to?.value[0]?.address ?? '', subject: mail.subject ?? '', text: mail.text ?? '' });
    }
    return parsed.sort((a, b) => a.subject.localeCompare(b.subject));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function emailOf(handle: TestDatabase, userId: string): Promise<string> {
  const result = (await handle.db.execute(sql`select email from "user" where id = ${userId}`)) as unknown as { rows: { email: string }[] };
  return result.rows[0]?.email ?? '';
}

for (const kind of TEST_DATABASE_KINDS) {
  const db = () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    return handle;
  };

  test(`${kind}: a batch tells its moderator it is ready, a referral tells the assessor, and the signed batch tells the assessor, each with its link`, async () => {
    await db().db.delete(job);
    const admin = { id: await person(db(), 'Nomvula Khumalo', 'admin'), role: 'admin' as const };
    const assessor = { id: await person(db(), 'Thandi Nkosi', 'assessor', 'MICT/ASS/0117'), role: 'assessor' as const };
    const moderator = { id: await person(db(), 'Pieter van der Merwe', 'moderator', 'MICT/MOD/0042'), role: 'moderator' as const };
    const learnerId = await person(db(), 'Lerato Mokoena', 'learner');
    await assignAssessor(db().db, admin, learnerId, assessor.id);
    await finishLessons(db(), learnerId);
    const submissionId = await submittedAttempt(db(), content, learnerId, 'Lerato Mokoena');
    await signJudgement(db().db, assessor, allMet(submissionId, await revisionOf(db(), submissionId)), RULES, PASSWORD);
    await sendAll(db());

    const batchId = await createBatch(db().db, admin, { name: 'March 2026', moderatorId: moderator.id, scope: { assessorId: assessor.id, from: null, to: null } });
    await decideRecord(db().db, moderator, { batchId, submissionId, decision: 'refer', reasons: { 'AC3.1': 'No outcome or deadline in the escalation.' }, comment: 'Please look again at AC3.1.' });
    const [ready, referred] = await sendAll(db());
    expect(ready).toMatchObject({ to: await emailOf(db(), moderator.id), subject: 'Moderation batch ready: March 2026' });
    expect(ready?.text).toContain(`${BASE}/moderate/${batchId}`);
    expect(referred).toMatchObject({ to: await emailOf(db(), assessor.id), subject: 'Referred back: Lerato Mokoena, attempt 1' });
    expect(referred?.text).toContain('Please look again at AC3.1.');
    expect(referred?.text).toContain(`${BASE}/assess/${submissionId}`);

    // Signed again into the open batch: not released to the learner yet, so no e-mail at all.
    await signJudgement(db().db, assessor, allMet(submissionId, await revisionOf(db(), submissionId)), RULES, PASSWORD);
    expect(await sendAll(db())).toEqual([]);
    await decideRecord(db().db, moderator, { batchId, submissionId, decision: 'agree', reasons: {}, comment: '' });
    await signBatch(db().db, moderator, deps, batchId, PASSWORD);
    const signed = await sendAll(db());
    expect(signed).toEqual([expect.objectContaining({ to: await emailOf(db(), assessor.id), subject: 'Moderation batch signed: March 2026' })]);
  });

  test(`${kind}: the daily digest is queued once a day after its hour, only for assessors who asked, and lists what waits in their queue`, async () => {
    await db().db.delete(job);
    const admin = { id: await person(db(), 'Admin Person', 'admin'), role: 'admin' as const };
    const assessorId = await person(db(), 'Digest Reader', 'assessor', 'MICT/ASS/0300');
    const otherId = await person(db(), 'No Digest', 'assessor', 'MICT/ASS/0301');
    await saveMailPreferences(db().db, assessorId, 'assessor', { optedOut: ['submission-waiting'], dailyDigest: true });
    await saveMailPreferences(db().db, otherId, 'assessor', { optedOut: [], dailyDigest: false });
    const learnerId = await person(db(), 'Ayesha Patel', 'learner');
    await assignAssessor(db().db, admin, learnerId, assessorId);
    await finishLessons(db(), learnerId);
    const submissionId = await submittedAttempt(db(), content, learnerId, 'Ayesha Patel');
    // 06:59 and 07:00 in South Africa (UTC+2).
    expect(await scheduleDailyDigests(db().db, new Date('2026-05-04T04:59:00Z'), 7)).toBe(0);
    expect(await scheduleDailyDigests(db().db, new Date('2026-05-04T05:00:00Z'), 7)).toBe(1);
    expect(await scheduleDailyDigests(db().db, new Date('2026-05-04T15:00:00Z'), 7)).toBe(0);
    const messages = await sendAll(db());
    // The submission notice was turned off; the digest carries it instead.
    expect(messages).toEqual([expect.objectContaining({ to: await emailOf(db(), assessorId), subject: '1 submission waiting for you' })]);
    expect(messages[0]?.text).toContain(`Ayesha Patel, attempt 1 (submitted): ${BASE}/assess/${submissionId}`);
    expect(await scheduleDailyDigests(db().db, new Date('2026-05-05T05:00:00Z'), 7)).toBe(1);
  });
}
