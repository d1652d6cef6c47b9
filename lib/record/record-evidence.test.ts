import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { signJudgement } from '@/lib/assessing/record-judgement';
import { judgementForm, submissionState } from '@/lib/assessing/testing/judgement-forms';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { ALL_ACS, finishLessons, loadRealAssessment, PASSWORD, person, RULES, submittedAttempt } from '@/lib/assessment/testing/fixtures';
import { getCourseContentForTests } from '@/lib/content/testing/course-for-tests';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { assessment, evidence, submission } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { buildSubmissionRecord, type RecordDeps } from '@/lib/record/build-record';
import type { RecordOfLearning } from '@/lib/record/record-schema';
import { createSnapshot, recordFromSnapshot } from '@/lib/record/snapshot-record';
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

/** A learner with practical evidence and a submitted attempt, assigned to an assessor. */
async function submitted(handle: DatabaseHandle) {
  const admin = { id: await person(handle, 'Nomvula Khumalo', 'admin'), role: 'admin' as const };
  const assessor = { id: await person(handle, 'Thandi Nkosi', 'assessor', 'MICT/ASS/0117'), role: 'assessor' as const };
  const learnerId = await person(handle, 'Lerato Mokoena', 'learner');
  await assignAssessor(handle.db, admin, learnerId, assessor.id);
  await finishLessons(handle, learnerId);
  const submissionId = await submittedAttempt(handle, content, learnerId, 'Lerato Mokoena');
  const [row] = await handle.db.select({ enrolmentId: submission.enrolmentId }).from(submission).where(eq(submission.id, submissionId));
  if (!row) throw new Error('no submission');
  return { assessor, learnerId, submissionId, enrolmentId: row.enrolmentId };
}

async function sign(handle: DatabaseHandle, assessor: { id: string; role: 'assessor' }, submissionId: string) {
  const { revision } = await submissionState(handle, submissionId);
  return signJudgement(handle.db, assessor, judgementForm(submissionId, revision), RULES, PASSWORD);
}

async function observe(handle: DatabaseHandle, learner: { learnerId: string; enrolmentId: string }, title: string) {
  const id = randomUUID();
  await handle.db.insert(evidence).values({
    id,
    enrolmentId: learner.enrolmentId,
    learnerId: learner.learnerId,
    method: 'observation',
    criteria: ALL_ACS,
    channel: 'email',
    title,
    state: 'signed',
    attesterRole: 'assessor',
    attesterName: 'Thandi Nkosi',
    occurredAt: new Date(),
  });
  return id;
}

/** Per criterion, the titles of the pieces the record lists. */
function titlesByCriterion(record: RecordOfLearning | null): Map<string, string[]> {
  const criteria = record?.outcomes.flatMap((outcome) => outcome.criteria) ?? [];
  return new Map(criteria.map((criterion) => [criterion.code, (criterion.evidence?.pieces ?? []).map((piece) => piece.title).sort()]));
}

async function sealedTitles(handle: DatabaseHandle, submissionId: string): Promise<Map<string, string[]>> {
  const [signed] = await handle.db
    .select({ evidenceIds: assessment.evidenceIds })
    .from(assessment)
    .where(and(eq(assessment.submissionId, submissionId), eq(assessment.status, 'signed')))
    .orderBy(desc(assessment.round))
    .limit(1);
  const sealed = signed && signed.evidenceIds.length > 0 ? await handle.db.select().from(evidence).where(inArray(evidence.id, signed.evidenceIds)) : [];
  return new Map(ALL_ACS.map((code) => [code, sealed.filter((row) => row.criteria.includes(code)).map((row) => row.title).sort()]));
}

for (const kind of TEST_DATABASE_KINDS) {
  const db = () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    return handle;
  };

  test(`${kind}: before signing, the record lists the attempt's current evidence per criterion with who attested it, and whether each rule is met now`, async () => {
    const learner = await submitted(db());
    const record = await buildSubmissionRecord(db().db, deps, learner.enrolmentId, learner.submissionId);
    const criterion = record?.outcomes.flatMap((outcome) => outcome.criteria).find((entry) => entry.code === 'AC1.3');
    expect(criterion?.evidence?.ruleMet).toBe(true);
    expect(criterion?.evidence?.rule).toBe('3 pieces of evidence, from 2 methods, 2 of them practical, practical evidence on 2 channels');
    const observed = criterion?.evidence?.pieces.find((piece) => piece.method === 'observation');
    expect(observed).toMatchObject({ methodLabel: 'Observation', title: 'Observed call', attesterName: 'An assessor', attesterRole: 'assessor' });
    expect(criterion?.evidence?.pieces.find((piece) => piece.method === 'knowledge')).toMatchObject({ attesterName: 'Lerato Mokoena', attesterRole: 'learner' });
    // A piece put forward after submission still counts before the judgement is signed.
    await observe(db(), learner, 'Observed e-mail reply');
    expect(titlesByCriterion(await buildSubmissionRecord(db().db, deps, learner.enrolmentId, learner.submissionId)).get('AC1.1')).toContain('Observed e-mail reply');
  });

  test(`${kind}: once signed, the record lists exactly the evidence the judgement sealed, not evidence added later, and keeps a piece withdrawn since`, async () => {
    const learner = await submitted(db());
    expect(await sign(db(), learner.assessor, learner.submissionId)).toBe('competent');
    const sealed = await sealedTitles(db(), learner.submissionId);
    expect(sealed.get('AC1.1')?.length).toBeGreaterThanOrEqual(3);

    await observe(db(), learner, 'Observation after the signature');
    await db().db.update(evidence).set({ state: 'withdrawn' }).where(and(eq(evidence.learnerId, learner.learnerId), eq(evidence.title, 'Supervisor testimony')));
    const record = await buildSubmissionRecord(db().db, deps, learner.enrolmentId, learner.submissionId);
    expect(titlesByCriterion(record)).toEqual(sealed);
    expect(titlesByCriterion(record).get('AC1.1')).toContain('Supervisor testimony');
    expect(JSON.stringify(record)).not.toContain('Observation after the signature');
    for (const criterion of record?.outcomes.flatMap((outcome) => outcome.criteria) ?? []) expect(criterion.evidence?.ruleMet, criterion.code).toBe(true);
  });

  test(`${kind}: the final snapshot seals the evidence per criterion, and reads back unchanged`, async () => {
    const learner = await submitted(db());
    await sign(db(), learner.assessor, learner.submissionId);
    const [signed] = await db().db.select({ id: assessment.id }).from(assessment).where(eq(assessment.submissionId, learner.submissionId));
    const snapshot = await db().db.transaction((tx) =>
      createSnapshot(tx, deps, { enrolmentId: learner.enrolmentId, submissionId: learner.submissionId, assessmentId: signed?.id ?? '', version: 1, createdBy: learner.assessor.id }),
    );
    await observe(db(), learner, 'Observation after the record was final');
    const frozen = recordFromSnapshot(snapshot, deps.baseUrl, null);
    expect(titlesByCriterion(frozen)).toEqual(await sealedTitles(db(), learner.submissionId));
    expect(snapshot.canonicalJson).toContain('"methodLabel":"Witness testimony"');
  });
}
