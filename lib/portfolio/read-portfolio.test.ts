import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { signJudgement } from '@/lib/assessing/record-judgement';
import { judgementForm, submissionState } from '@/lib/assessing/testing/judgement-forms';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { finishLessons, loadRealAssessment, PASSWORD, person, RULES, submittedAttempt } from '@/lib/assessment/testing/fixtures';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { assessment, enrolment, evidence } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { matrixForAttempt, rowsFor } from '@/lib/portfolio/attempt-matrix';
import { readPortfolio } from '@/lib/portfolio/read-portfolio';
import { assignAssessor } from '@/lib/users/manage-users';

let content: LoadedAssessment;
const handles = new Map<string, DatabaseHandle>();
beforeAll(async () => {
  content = await loadRealAssessment();
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
});
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
});

async function people(handle: DatabaseHandle) {
  const admin = { id: await person(handle, 'Nomvula Khumalo', 'admin'), role: 'admin' as const };
  const assessor = { id: await person(handle, 'Thandi Nkosi', 'assessor', 'MICT/ASS/0117'), role: 'assessor' as const };
  const stranger = { id: await person(handle, 'Another Assessor', 'assessor', 'MICT/ASS/0999'), role: 'assessor' as const };
  const learnerId = await person(handle, 'Lerato Mokoena', 'learner');
  const otherLearner = { id: await person(handle, 'Sipho Dlamini', 'learner'), role: 'learner' as const };
  await assignAssessor(handle.db, admin, learnerId, assessor.id);
  await finishLessons(handle, learnerId);
  const [enrolled] = await handle.db.select({ id: enrolment.id }).from(enrolment).where(eq(enrolment.learnerId, learnerId));
  return { admin, assessor, stranger, otherLearner, learner: { id: learnerId, role: 'learner' as const }, enrolmentId: enrolled?.id ?? '' };
}

async function piece(handle: DatabaseHandle, learnerId: string, enrolmentId: string, title: string, state: 'draft' | 'submitted' | 'withdrawn') {
  await handle.db.insert(evidence).values({
    id: randomUUID(),
    enrolmentId,
    learnerId,
    method: 'logbook',
    criteria: ['AC2.1', 'AC2.2'],
    channel: 'email',
    title,
    state,
    attesterRole: 'learner',
    attesterName: 'Lerato Mokoena',
    occurredAt: new Date(),
  });
}

for (const kind of TEST_DATABASE_KINDS) {
  const db = () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    return handle;
  };

  test(`${kind}: the learner and their assigned assessor read the portfolio; another assessor or learner finds nothing`, async () => {
    const world = await people(db());
    expect((await readPortfolio(db().db, world.learner, world.learner.id))?.learnerName).toBe('Lerato Mokoena');
    expect((await readPortfolio(db().db, world.assessor, world.learner.id))?.enrolmentId).toBe(world.enrolmentId);
    expect(await readPortfolio(db().db, world.admin, world.learner.id)).not.toBeNull();
    expect(await readPortfolio(db().db, world.stranger, world.learner.id)).toBeNull();
    expect(await readPortfolio(db().db, world.otherLearner, world.learner.id)).toBeNull();
    expect(await readPortfolio(db().db, world.assessor, randomUUID())).toBeNull();
  });

  test(`${kind}: before any submission the portfolio holds the workplace evidence only, withdrawn pieces left out`, async () => {
    const world = await people(db());
    await piece(db(), world.learner.id, world.enrolmentId, 'Ticket SR-1182', 'submitted');
    await piece(db(), world.learner.id, world.enrolmentId, 'Ticket taken back', 'withdrawn');
    const portfolio = await readPortfolio(db().db, world.learner, world.learner.id);
    expect(portfolio?.attempt).toBeNull();
    expect(portfolio?.pieces.map((entry) => entry.title)).toEqual(['Ticket SR-1182']);
  });

  test(`${kind}: after a resubmission the portfolio holds the latest attempt's answers, not the earlier attempt's`, async () => {
    const world = await people(db());
    const first = await submittedAttempt(db(), content, world.learner.id, 'Lerato Mokoena');
    const { revision } = await submissionState(db(), first);
    await signJudgement(db().db, world.assessor, judgementForm(first, revision, ['AC3.1']), RULES, PASSWORD);
    const second = await submittedAttempt(db(), content, world.learner.id, 'Lerato Mokoena');
    const portfolio = await readPortfolio(db().db, world.learner, world.learner.id);
    expect(portfolio?.attempt?.id).toBe(second);
    expect(portfolio?.attempt?.number).toBe(2);
    const titles = portfolio?.pieces.map((entry) => entry.title) ?? [];
    expect(titles).toContain('Knowledge test (attempt 2)');
    expect(titles).not.toContain('Knowledge test (attempt 1)');
    expect(titles).toEqual(expect.arrayContaining(['Observed call', 'Supervisor testimony']));
  });

  test(`${kind}: a signed attempt's matrix is the evidence it sealed, standing as when signed; an unsigned one's is its evidence now`, async () => {
    const world = await people(db());
    const attempt = await submittedAttempt(db(), content, world.learner.id, 'Lerato Mokoena');
    const before = await matrixForAttempt(db().db, RULES, { enrolmentId: world.enrolmentId, submissionId: attempt, sealed: null, now: new Date() });
    expect(before.allMet).toBe(true);
    const { revision } = await submissionState(db(), attempt);
    await signJudgement(db().db, world.assessor, judgementForm(attempt, revision), RULES, PASSWORD);
    await piece(db(), world.learner.id, world.enrolmentId, 'Ticket logged after signing', 'submitted');
    const now = await matrixForAttempt(db().db, RULES, { enrolmentId: world.enrolmentId, submissionId: attempt, sealed: null, now: new Date() });
    expect(now.rows.find((row) => row.code === 'AC2.1')?.cells.logbook.map((entry) => entry.title)).toEqual(['Ticket logged after signing']);
    const [signed] = await db().db.select().from(assessment).where(eq(assessment.submissionId, attempt));
    if (!signed?.signedAt) throw new Error('not signed');
    const sealed = await matrixForAttempt(db().db, RULES, { enrolmentId: world.enrolmentId, submissionId: attempt, sealed: { evidenceIds: signed.evidenceIds, signedAt: signed.signedAt }, now: new Date() });
    expect(sealed.methods).not.toContain('logbook');
    expect(sealed.allMet).toBe(true);
    expect(rowsFor(sealed, new Set(['AC2.1'])).rows.map((row) => row.code)).toEqual(['AC2.1']);
  });
}
