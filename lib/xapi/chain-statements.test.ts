import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import type { JudgementForm } from '@/lib/assessing/judgement-schema';
import { signJudgement } from '@/lib/assessing/record-judgement';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { ALL_ACS, finishLessons, loadRealAssessment, PASSWORD, person, RULES, submittedAttempt } from '@/lib/assessment/testing/fixtures';
import { getCourseContentForTests } from '@/lib/content/testing/course-for-tests';
import { job, recordSnapshot, submission } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from '@/lib/db/testing/test-databases';
import { runNextJob } from '@/lib/jobs/run-next-job';
import { createBatch } from '@/lib/moderation/create-batch';
import { decideRecord } from '@/lib/moderation/decide';
import { signBatch } from '@/lib/moderation/sign-batch';
import type { RecordDeps } from '@/lib/record/build-record';
import { assignAssessor } from '@/lib/users/manage-users';
import { courseIdentity } from '@/lib/xapi/course-identity';
import { deliverStatement } from '@/lib/xapi/deliver-statement';
import { LearningEventSchema } from '@/lib/xapi/learning-events';
import { XAPI_JOB } from '@/lib/xapi/outbox';
import { statementProblems } from '@/lib/xapi/testing/independent-validator';
import { type LocalRecordStore, startLocalRecordStore } from '@/lib/xapi/testing/local-record-store';

let content: LoadedAssessment;
let deps: RecordDeps;
let store: LocalRecordStore;
const handles = new Map<string, TestDatabase>();
beforeAll(async () => {
  content = await loadRealAssessment();
  const course = await getCourseContentForTests();
  deps = { course: course.course, outcomes: course.outcomes, parts: content.definition.parts, sufficiency: RULES.sufficiency, baseUrl: 'https://records.example.co.za' };
  store = await startLocalRecordStore();
  // The server's own switch: with a record store configured, the chain's changes queue their statements.
  vi.stubEnv('XAPI_LRS_URL', store.endpoint);
  vi.stubEnv('XAPI_LRS_KEY', store.key);
  vi.stubEnv('XAPI_LRS_SECRET', store.secret);
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
}, 60_000);
afterAll(async () => {
  vi.unstubAllEnvs();
  await store.close();
  for (const handle of handles.values()) await handle.close();
});

function judgement(submissionId: string, revision: number, notYet: string[] = []): JudgementForm {
  return { submissionId, revision, feedback: notYet.length ? 'Your priorities do not follow the matrix.' : '', judgements: Object.fromEntries(ALL_ACS.map((code) => [code, { met: notYet.includes(code) ? 'not_yet' : 'met', comment: '' }])) };
}

async function revisionOf(handle: TestDatabase, id: string): Promise<number> {
  const [row] = await handle.db.select({ revision: submission.revision }).from(submission).where(eq(submission.id, id));
  return row?.revision ?? -1;
}

for (const kind of TEST_DATABASE_KINDS) {
  test(`${kind}: submitting, a signed judgement and the batch that makes the record final each queue their statement, which the record store receives valid and without the learner's name or ID number`, async () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    await handle.db.delete(job);
    const admin = { id: await person(handle, 'Statement Admin', 'admin'), role: 'admin' as const };
    const assessor = { id: await person(handle, 'Thandi Nkosi', 'assessor', 'MICT/ASS/0117'), role: 'assessor' as const };
    const moderator = { id: await person(handle, 'Pieter van der Merwe', 'moderator', 'MICT/MOD/0042'), role: 'moderator' as const };
    const learnerId = await person(handle, 'Lerato Mokoena', 'learner');
    await assignAssessor(handle.db, admin, learnerId, assessor.id);
    await finishLessons(handle, learnerId);
    const submissionId = await submittedAttempt(handle, content, learnerId, 'Lerato Mokoena');
    await signJudgement(handle.db, assessor, judgement(submissionId, await revisionOf(handle, submissionId)), RULES, PASSWORD);
    const batchId = await createBatch(handle.db, admin, { name: 'Statements', moderatorId: moderator.id, scope: { assessorId: assessor.id, from: null, to: null } });
    await decideRecord(handle.db, moderator, { batchId, submissionId, decision: 'agree', reasons: {}, comment: '' });
    await signBatch(handle.db, moderator, deps, batchId, PASSWORD);

    const rows = await handle.db.select().from(job).where(eq(job.kind, XAPI_JOB));
    const events = rows.map((row) => LearningEventSchema.parse(row.payload)).filter((event) => event.learnerId === learnerId);
    const [snapshot] = await handle.db.select().from(recordSnapshot).where(eq(recordSnapshot.submissionId, submissionId));
    expect(events.filter((event) => !event.type.startsWith('lesson.') && event.type !== 'question.answered')).toEqual([
      expect.objectContaining({ type: 'attempt.submitted', submissionId, attemptNumber: 1 }),
      expect.objectContaining({ type: 'judgement.signed', submissionId, assessorId: assessor.id, outcome: 'competent', criteriaMet: 12, criteriaTotal: 12 }),
      expect.objectContaining({ type: 'record.final', submissionId, outcome: 'competent', verificationCode: snapshot?.verificationCode }),
    ]);

    const site = { baseUrl: 'https://course.example.co.za', course: courseIdentity() };
    const handlers = { [XAPI_JOB]: (_db: unknown, claimed: { id: string; payload: unknown }) => deliverStatement(claimed, store, site) };
    const later = () => new Date(Date.now() + 1000);
    while ((await runNextJob(handle.db, handlers, 'chain-worker', later)).kind !== 'idle') {
      // Each statement in the outbox is sent in turn.
    }
    for (const row of rows) {
      const statement = store.statements.get(row.id);
      expect(statement, row.id).toBeDefined();
      expect(statementProblems(statement)).toEqual([]);
      expect(JSON.stringify(statement)).not.toMatch(/Lerato|Mokoena|8001015009087|@example/);
    }
  });
}
