import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { hashPassword } from 'better-auth/crypto';
import { eq } from 'drizzle-orm';
import { findItem } from '@/lib/assessment/find-item';
import { loadAssessment } from '@/lib/assessment/load-assessment';
import { saveAnswer } from '@/lib/assessment/save-answer';
import { startAttempt } from '@/lib/assessment/start-attempt';
import { modelResponse } from '@/lib/assessment/testing/model-answers';
import { getCourseContentForTests } from '@/lib/content/testing/course-for-tests';
import { COURSE_ID, courseVersion } from '@/lib/content/course-version';
import { dataDir } from '@/lib/db/data-dir';
import { openDatabase, targetFromEnvironment } from '@/lib/db/open-database';
import { account, enrolment, profile, submission, submissionItem, user } from '@/lib/db/schema';
import { syncProgress } from '@/lib/progress/progress-store-db';
import { createAccount } from '@/lib/users/create-account';
import { assignAssessor } from '@/lib/users/manage-users';
import { sealRecordForBench } from './bench/seal-record';

// Data for `npm run bench`: 20 learners with an open attempt (the concurrent users) and a crowd of
// learners with submitted work in one assessor's queue. Synthetic people only.
const CONCURRENT = Number(process.env.BENCH_LEARNERS ?? 20);
const CROWD = Number(process.env.BENCH_CROWD ?? 10_000);
const PASSWORD = 'bench-password-114052';

const content = await getCourseContentForTests();
const acs = new Set(content.outcomes.outcomes.flatMap((o) => o.criteria.map((c) => c.code)));
const loaded = await loadAssessment(path.resolve('content'), acs);
if (!loaded.assessment) throw new Error('assessment content is invalid');
const assessment = loaded.assessment;
const handle = await openDatabase(targetFromEnvironment(dataDir()));
try {
  await handle.migrate();
  const db = handle.db;
  const admin = { id: await createAccount(db, { email: 'bench-admin@example.co.za', password: PASSWORD, fullName: 'Bench Admin', role: 'admin' }, null, 'admin.created'), role: 'admin' as const };
  const assessorId = await createAccount(db, { email: 'bench-assessor@example.co.za', password: PASSWORD, fullName: 'Bench Assessor', role: 'assessor', registrationNumber: 'BENCH-1' }, null, 'user.created');
  const lessons = content.lessons.map((lesson) => lesson.slug);
  const done = { openedAt: '2026-03-02T08:00:00.000Z', completedAt: '2026-03-02T09:00:00.000Z' };
  const learners = [];
  for (let index = 0; index < CONCURRENT; index += 1) {
    const email = `bench-learner-${index}@example.co.za`;
    const id = await createAccount(db, { email, password: PASSWORD, fullName: `Bench Learner ${index}`, role: 'learner', identity: { identityKind: 'sa-id', idNumber: '8001015009087' } }, null, 'user.signed_up');
    await assignAssessor(db, admin, id, assessorId);
    await syncProgress(db, id, { lessons: Object.fromEntries(lessons.map((slug) => [slug, done])), answers: {} });
    const submissionId = await startAttempt(db, id, assessment, { lessonSlugs: lessons });
    const items = await db.select({ itemKey: submissionItem.itemKey }).from(submissionItem).where(eq(submissionItem.submissionId, submissionId));
    const answers = items.map((item) => {
      const question = findItem(assessment, item.itemKey);
      if (!question) throw new Error(`missing ${item.itemKey}`);
      return { itemKey: item.itemKey, response: modelResponse(question) };
    });
    // Each attempt starts fully answered, as it is when a learner presses submit; the bench's
    // timed saves then overwrite answers as a learner revising their work would.
    for (const answer of answers) await saveAnswer(db, id, assessment, submissionId, answer.itemKey, answer.response);
    learners.push({ email, fullName: `Bench Learner ${index}`, submissionId, answers });
  }

  // The crowd goes in by bulk insert: one shared password hash, submitted attempts without answers.
  const hash = await hashPassword(PASSWORD);
  const version = courseVersion();
  for (let start = 0; start < CROWD; start += 1000) {
    const batch = Array.from({ length: Math.min(1000, CROWD - start) }, (_, offset) => {
      const n = start + offset;
      const id = randomUUID();
      return { id, n, enrolmentId: randomUUID(), submittedAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000) };
    });
    await db.insert(user).values(batch.map((b) => ({ id: b.id, name: `Crowd Learner ${b.n}`, email: `crowd-${b.n}@example.co.za` })));
    await db.insert(account).values(batch.map((b) => ({ id: randomUUID(), accountId: b.id, providerId: 'credential', userId: b.id, password: hash })));
    await db.insert(profile).values(batch.map((b) => ({ userId: b.id, role: 'learner' as const, fullName: `Crowd Learner ${b.n}` })));
    await db.insert(enrolment).values(batch.map((b) => ({ id: b.enrolmentId, learnerId: b.id, courseId: COURSE_ID, courseVersion: version, assessorId })));
    await db.insert(submission).values(
      batch.map((b) => ({ id: randomUUID(), enrolmentId: b.enrolmentId, learnerId: b.id, attemptNumber: 1, status: 'submitted' as const, itemSeed: 'bench', courseVersion: version, submittedAt: b.submittedAt })),
    );
  }
  // The first of the crowd gets a final record, for the cached PDF's timing.
  const [sealed] = await db.select({ enrolmentId: submission.enrolmentId, submissionId: submission.id }).from(submission).innerJoin(user, eq(user.id, submission.learnerId)).where(eq(user.email, 'crowd-0@example.co.za'));
  if (sealed) await sealRecordForBench(db, { content, assessment, ...sealed, createdBy: assessorId, baseUrl: process.env.BETTER_AUTH_URL ?? 'http://localhost:3000' });
  const out = path.join(dataDir(), 'bench-seed.json');
  writeFileSync(out, JSON.stringify({ password: PASSWORD, assessorEmail: 'bench-assessor@example.co.za', learners, crowd: CROWD, finalRecordEmail: sealed ? 'crowd-0@example.co.za' : null }));
  console.log(`Seeded ${CONCURRENT} learners with open attempts and ${CROWD} submitted learners in one queue (${out}).`);
} finally {
  await handle.close();
}
