import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { signJudgement } from '@/lib/assessing/record-judgement';
import { judgementForm, submissionState } from '@/lib/assessing/testing/judgement-forms';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { finishLessons, RULES, loadRealAssessment, PASSWORD, person, submittedAttempt } from '@/lib/assessment/testing/fixtures';
import { getCourseContentForTests } from '@/lib/content/testing/course-for-tests';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { auditEvent, recordSnapshot, submission } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { createBatch } from '@/lib/moderation/create-batch';
import { decideRecord } from '@/lib/moderation/decide';
import { signBatch } from '@/lib/moderation/sign-batch';
import type { RecordDeps } from '@/lib/record/build-record';
import { issueCorrection } from '@/lib/record/correct-record';
import { currentRecord } from '@/lib/record/current-record';
import { recordFromSnapshot } from '@/lib/record/snapshot-record';
import { verifyRecord } from '@/lib/record/verify-record';
import { assignAssessor } from '@/lib/users/manage-users';

let content: LoadedAssessment;
let deps: RecordDeps;
const handles = new Map<string, DatabaseHandle>();
beforeAll(async () => {
  content = await loadRealAssessment();
  const course = await getCourseContentForTests();
  deps = { course: course.course, outcomes: course.outcomes, parts: content.definition.parts, sufficiency: RULES.sufficiency, baseUrl: 'https://records.example.co.za' };
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
});
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
});

async function provider(handle: DatabaseHandle, learnerName: string) {
  const admin = { id: await person(handle, 'Nomvula Khumalo', 'admin'), role: 'admin' as const };
  const assessor = { id: await person(handle, 'Thandi Nkosi', 'assessor', 'MICT/ASS/0117'), role: 'assessor' as const };
  const moderator = { id: await person(handle, 'Pieter van der Merwe', 'moderator', 'MICT/MOD/0042'), role: 'moderator' as const };
  const learnerId = await person(handle, learnerName, 'learner');
  await assignAssessor(handle.db, admin, learnerId, assessor.id);
  await finishLessons(handle, learnerId);
  return { admin, assessor, moderator, learnerId };
}

async function sign(handle: DatabaseHandle, assessor: { id: string; role: 'assessor' }, submissionId: string, notYet: string[] = []) {
  const { revision } = await submissionState(handle, submissionId);
  return signJudgement(handle.db, assessor, judgementForm(submissionId, revision, notYet), RULES, PASSWORD);
}

async function snapshotsOf(handle: DatabaseHandle, enrolmentId: string) {
  return handle.db
    .select({ snapshot: recordSnapshot, attempt: submission.attemptNumber })
    .from(recordSnapshot)
    .innerJoin(submission, eq(submission.id, recordSnapshot.submissionId))
    .where(eq(recordSnapshot.enrolmentId, enrolmentId))
    .orderBy(asc(recordSnapshot.version));
}

async function enrolmentOf(handle: DatabaseHandle, submissionId: string) {
  const [row] = await handle.db.select({ enrolmentId: submission.enrolmentId }).from(submission).where(eq(submission.id, submissionId));
  if (!row) throw new Error('no submission');
  return row.enrolmentId;
}

for (const kind of TEST_DATABASE_KINDS) {
  test(`${kind}: NYC, resubmission, Competent, a referral and agreement in one batch leave one current final record: the Competent one`, async () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    const { admin, assessor, moderator, learnerId } = await provider(handle, 'Lindiwe Sithole');
    const first = await submittedAttempt(handle, content, learnerId, 'Lindiwe Sithole');
    await sign(handle, assessor, first, ['AC2.2']);
    const second = await submittedAttempt(handle, content, learnerId, 'Lindiwe Sithole');
    await sign(handle, assessor, second);

    const batchId = await createBatch(handle.db, admin, { name: 'Intake 1', moderatorId: moderator.id, scope: { assessorId: assessor.id, from: null, to: null } });
    await decideRecord(handle.db, moderator, { batchId, submissionId: second, decision: 'refer', reasons: { 'AC1.2': 'Check the listening evidence again.' }, comment: '' });
    await decideRecord(handle.db, moderator, { batchId, submissionId: first, decision: 'agree', reasons: {}, comment: '' });
    await sign(handle, assessor, second);
    await decideRecord(handle.db, moderator, { batchId, submissionId: second, decision: 'agree', reasons: {}, comment: '' });
    expect(await signBatch(handle.db, moderator, deps, batchId, PASSWORD)).toBe(2);

    const enrolmentId = await enrolmentOf(handle, second);
    const record = await currentRecord(handle.db, deps, enrolmentId);
    expect(record).toMatchObject({ status: 'final', overall: 'competent', attempt: { number: 2 } });
    expect(record?.verification?.code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);

    const versions = await snapshotsOf(handle, enrolmentId);
    expect(versions.map(({ snapshot, attempt }) => [snapshot.version, attempt, snapshot.supersededAt === null])).toEqual([
      [1, 1, false],
      [2, 2, true],
    ]);
    const [nycVersion, competentVersion] = versions.map(({ snapshot }) => snapshot);
    if (!nycVersion || !competentVersion) throw new Error('missing versions');
    // Each snapshot describes exactly the decision it seals.
    expect(recordFromSnapshot(nycVersion, deps.baseUrl, null)).toMatchObject({ overall: 'not_yet_competent', attempt: { number: 1 } });
    expect(nycVersion.supersededBy).toBe(competentVersion.id);
    const verified = await verifyRecord(handle.db, nycVersion.verificationCode, deps.baseUrl);
    expect(verified).toMatchObject({ found: true, intact: true, version: 1, supersededByCode: competentVersion.verificationCode, supersededBecause: 'later-attempt' });
    expect(verified.found && verified.record?.overall).toBe('not_yet_competent');

    const finalised = await handle.db.select().from(auditEvent).where(and(eq(auditEvent.type, 'record.finalised')));
    const ours = finalised.filter((event) => event.subjectId === first || event.subjectId === second).map((event) => (event.data as { version: number }).version);
    expect(ours.sort()).toEqual([1, 2]);
  });

  test(`${kind}: an earlier attempt made final after a later one stays history beneath the current record`, async () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    const { admin, assessor, moderator, learnerId } = await provider(handle, 'Johan Pretorius');
    const first = await submittedAttempt(handle, content, learnerId, 'Johan Pretorius');
    await sign(handle, assessor, first, ['AC3.4']);
    const batchA = await createBatch(handle.db, admin, { name: 'A', moderatorId: moderator.id, scope: { assessorId: assessor.id, from: null, to: null } });
    const second = await submittedAttempt(handle, content, learnerId, 'Johan Pretorius');
    await sign(handle, assessor, second);
    const batchB = await createBatch(handle.db, admin, { name: 'B', moderatorId: moderator.id, scope: { assessorId: assessor.id, from: null, to: null } });
    await decideRecord(handle.db, moderator, { batchId: batchB, submissionId: second, decision: 'agree', reasons: {}, comment: '' });
    await signBatch(handle.db, moderator, deps, batchB, PASSWORD);
    await decideRecord(handle.db, moderator, { batchId: batchA, submissionId: first, decision: 'agree', reasons: {}, comment: '' });
    await signBatch(handle.db, moderator, deps, batchA, PASSWORD);

    const enrolmentId = await enrolmentOf(handle, second);
    const versions = await snapshotsOf(handle, enrolmentId);
    expect(versions.map(({ snapshot, attempt }) => [snapshot.version, attempt, snapshot.supersededAt === null])).toEqual([
      [1, 2, true],
      [2, 1, false],
    ]);
    expect(await currentRecord(handle.db, deps, enrolmentId)).toMatchObject({ status: 'final', overall: 'competent', attempt: { number: 2 } });
    await expect(issueCorrection(handle.db, admin, deps, first, 'Correct the spelling of the surname.')).rejects.toThrow(/not the learner.s current record/);
    const corrected = await issueCorrection(handle.db, admin, deps, second, 'Correct the spelling of the surname.');
    expect(corrected.version).toBe(3);
    expect((await currentRecord(handle.db, deps, enrolmentId))?.verification?.code).toBe(corrected.verificationCode);
  });
}
