import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { JudgementForm } from '@/lib/assessing/judgement-schema';
import { signJudgement } from '@/lib/assessing/record-judgement';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { ALL_ACS, RULES, finishLessons, loadRealAssessment, PASSWORD, person, submittedAttempt } from '@/lib/assessment/testing/fixtures';
import { getCourseContentForTests } from '@/lib/content/testing/course-for-tests';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { moderationBatchRecord, recordSnapshot, submission } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { addToSample, createBatch } from '@/lib/moderation/create-batch';
import { decideRecord } from '@/lib/moderation/decide';
import { signBatch } from '@/lib/moderation/sign-batch';
import type { RecordDeps } from '@/lib/record/build-record';
import { issueCorrection } from '@/lib/record/correct-record';
import { recordFromSnapshot, snapshotIntact } from '@/lib/record/snapshot-record';
import { assignAssessor } from '@/lib/users/manage-users';
import { updateProfile } from '@/lib/users/update-profile';

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

function allMet(submissionId: string, revision: number, notYet: string[] = [], feedback = ''): JudgementForm {
  return { submissionId, revision, feedback, judgements: Object.fromEntries(ALL_ACS.map((code) => [code, { met: notYet.includes(code) ? 'not_yet' : 'met', comment: '' }])) };
}

async function statusOf(handle: DatabaseHandle, id: string) {
  const [row] = await handle.db.select({ status: submission.status, revision: submission.revision }).from(submission).where(eq(submission.id, id));
  return row ?? { status: 'missing', revision: -1 };
}

for (const kind of TEST_DATABASE_KINDS) {
  test(`${kind}: the full chain from submission to final, with one referral and its reassessment`, async () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    const admin = { id: await person(handle, 'Nomvula Khumalo', 'admin'), role: 'admin' as const };
    const assessor = { id: await person(handle, 'Thandi Nkosi', 'assessor', 'MICT/ASS/0117'), role: 'assessor' as const };
    const moderator = { id: await person(handle, 'Pieter van der Merwe', 'moderator', 'MICT/MOD/0042'), role: 'moderator' as const };
    const learners: { id: string; name: string; submissionId: string }[] = [];
    for (const name of ['Lerato Mokoena', 'Sipho Dlamini', 'Ayesha Patel', 'Zanele Booysen']) {
      const id = await person(handle, name, 'learner');
      await assignAssessor(handle.db, admin, id, assessor.id);
      await finishLessons(handle, id);
      learners.push({ id, name, submissionId: await submittedAttempt(handle, content, id, name) });
    }
    for (const [index, learner] of learners.entries()) {
      const { revision } = await statusOf(handle, learner.submissionId);
      const notYet = index === 3 ? ['AC2.2'] : [];
      await signJudgement(handle.db, assessor, allMet(learner.submissionId, revision, notYet, notYet.length ? 'Your priorities do not follow the impact and urgency matrix.' : ''), RULES, PASSWORD);
    }

    const batchId = await createBatch(handle.db, admin, { name: 'March 2026', moderatorId: moderator.id, scope: { assessorId: assessor.id, from: null, to: null } });
    const records = await handle.db.select().from(moderationBatchRecord).where(eq(moderationBatchRecord.batchId, batchId));
    expect(records).toHaveLength(4);
    const nyc = records.find((record) => record.submissionId === learners[3]?.submissionId);
    expect(nyc?.sampled).toBe(true);
    expect(nyc?.reasons.join(' ')).toMatch(/Not Yet Competent/);
    // A borderline case says what makes it one, so the moderator can check it against the record.
    expect(nyc?.reasons).toContain('Borderline case, and every one is moderated: Not Yet Competent on one criterion only (AC2.2): one judgement decides the result');
    // With five first decisions of a new assessor sampled, all four are in the sample here.
    expect(records.every((record) => record.sampled)).toBe(true);

    const referred = learners[0]?.submissionId ?? '';
    await expect(decideRecord(handle.db, moderator, { batchId, submissionId: referred, decision: 'refer', reasons: {}, comment: '' })).rejects.toMatchObject({ code: 'reasons-needed' });
    await decideRecord(handle.db, moderator, { batchId, submissionId: referred, decision: 'refer', reasons: { 'AC3.1': 'The escalation message names no outcome or deadline; check it against the guide.' }, comment: 'Please look again.' });
    expect((await statusOf(handle, referred)).status).toBe('referred');
    for (const learner of learners.slice(1)) await decideRecord(handle.db, moderator, { batchId, submissionId: learner.submissionId, decision: 'agree', reasons: {}, comment: '' });
    await expect(signBatch(handle.db, moderator, deps, batchId, PASSWORD)).rejects.toMatchObject({ code: 'unresolved' });

    await signJudgement(handle.db, assessor, allMet(referred, (await statusOf(handle, referred)).revision), RULES, PASSWORD);
    expect((await statusOf(handle, referred)).status).toBe('in_moderation');
    await decideRecord(handle.db, moderator, { batchId, submissionId: referred, decision: 'agree', reasons: {}, comment: 'Reassessment is sound.' });
    await expect(signBatch(handle.db, moderator, deps, batchId, 'wrong-password')).rejects.toMatchObject({ code: 'password' });
    expect(await signBatch(handle.db, moderator, deps, batchId, PASSWORD)).toBe(4);

    for (const learner of learners) expect((await statusOf(handle, learner.submissionId)).status).toBe('final');
    const [snapshot] = await handle.db.select().from(recordSnapshot).where(eq(recordSnapshot.submissionId, referred));
    if (!snapshot) throw new Error('no snapshot');
    expect(snapshotIntact(snapshot)).toBe(true);
    const record = recordFromSnapshot(snapshot, deps.baseUrl, null);
    expect(record).toMatchObject({
      status: 'final',
      overall: 'competent',
      candidate: { name: 'Lerato Mokoena', identityNumber: '8001015009087' },
      assessor: { name: 'Thandi Nkosi', registrationNumber: 'MICT/ASS/0117' },
      moderator: { name: 'Pieter van der Merwe', registrationNumber: 'MICT/MOD/0042' },
    });
    expect(record.signatures.map((signature) => signature.role)).toEqual(['learner', 'assessor', 'moderator']);
    expect(record.verification?.url).toBe(`https://records.example.co.za/verify/${snapshot.verificationCode}`);

    // A later correction is a new version; the signed one is superseded, never edited.
    await updateProfile(handle.db, { id: learners[0]?.id ?? '', role: 'learner' }, { fullName: 'Lerato Mokoena-Dube' });
    const corrected = await issueCorrection(handle.db, admin, deps, referred, 'Surname corrected after marriage certificate was shown.');
    const versions = await handle.db.select().from(recordSnapshot).where(eq(recordSnapshot.submissionId, referred));
    expect(versions.map((version) => [version.version, version.supersededBy === corrected.id || version.id === corrected.id])).toEqual(expect.arrayContaining([[1, true], [2, true]]));
    expect(recordFromSnapshot(corrected, deps.baseUrl, null).candidate.name).toBe('Lerato Mokoena-Dube');
    expect(recordFromSnapshot(snapshot, deps.baseUrl, null).candidate.name).toBe('Lerato Mokoena');

    // Tampering with a stored snapshot is caught by its hash.
    await handle.db.execute(sql`update record_snapshot set canonical_json = replace(canonical_json, '"overall":"competent"', '"overall":"not_yet_competent"') where id = ${snapshot.id}`);
    const [tampered] = await handle.db.select().from(recordSnapshot).where(and(eq(recordSnapshot.id, snapshot.id)));
    expect(tampered && snapshotIntact(tampered)).toBe(false);
  });

  test(`${kind}: nobody moderates a record they assessed, and only a moderator can be given a batch`, async () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    const admin = { id: await person(handle, 'Admin Two', 'admin'), role: 'admin' as const };
    const assessorId = await person(handle, 'Dual Role', 'assessor', 'REG-77');
    const learnerId = await person(handle, 'Karabo Molefe', 'learner');
    await assignAssessor(handle.db, admin, learnerId, assessorId);
    await finishLessons(handle, learnerId);
    const submissionId = await submittedAttempt(handle, content, learnerId, 'Karabo Molefe');
    await signJudgement(handle.db, { id: assessorId, role: 'assessor' }, allMet(submissionId, (await statusOf(handle, submissionId)).revision), RULES, PASSWORD);
    await expect(createBatch(handle.db, admin, { name: 'X', moderatorId: assessorId, scope: { assessorId, from: null, to: null } })).rejects.toMatchObject({ code: 'not-moderator' });
    const { setRole } = await import('@/lib/users/manage-users');
    await setRole(handle.db, admin, assessorId, 'moderator');
    await expect(createBatch(handle.db, admin, { name: 'X', moderatorId: assessorId, scope: { assessorId, from: null, to: null } })).rejects.toMatchObject({ code: 'empty' });
    const otherModerator = { id: await person(handle, 'Other Moderator', 'moderator', 'REG-88'), role: 'moderator' as const };
    const batchId = await createBatch(handle.db, admin, { name: 'Y', moderatorId: otherModerator.id, scope: { assessorId, from: null, to: null } });
    await expect(addToSample(handle.db, { id: assessorId, role: 'moderator' }, batchId, submissionId)).rejects.toMatchObject({ code: 'not-found' });
  });
}
