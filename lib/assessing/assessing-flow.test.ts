import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { AssessingRuleError } from '@/lib/assessing/assessing-errors';
import { readSubmissionForAssessor } from '@/lib/assessing/read-for-assessor';
import { assessorQueue } from '@/lib/assessing/queue';
import { saveJudgementDraft, signJudgement } from '@/lib/assessing/record-judgement';
import type { JudgementForm } from '@/lib/assessing/judgement-schema';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { startAttempt } from '@/lib/assessment/start-attempt';
import { ALL_ACS, RULES, FIXTURE_LESSONS, finishLessons, loadRealAssessment, PASSWORD, person, submittedAttempt } from '@/lib/assessment/testing/fixtures';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { auditEvent, enrolment, submission, submissionItem } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
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

function form(submissionId: string, revision: number, met: (code: string) => 'met' | 'not_yet' | '', feedback = ''): JudgementForm {
  return { submissionId, revision, feedback, judgements: Object.fromEntries(ALL_ACS.map((code) => [code, { met: met(code), comment: `Seen in the answers for ${code}.` }])) };
}

async function world(handle: DatabaseHandle, assessorRegistration: string | null = 'MICT/ASS/0117') {
  const admin = { id: await person(handle, 'Admin Person', 'admin'), role: 'admin' as const };
  const assessorId = await person(handle, 'Thandi Nkosi', 'assessor', assessorRegistration);
  const learnerId = await person(handle, 'Lerato Mokoena', 'learner');
  await assignAssessor(handle.db, admin, learnerId, assessorId);
  await finishLessons(handle, learnerId);
  const submissionId = await submittedAttempt(handle, content, learnerId, 'Lerato Mokoena');
  return { admin, assessor: { id: assessorId, role: 'assessor' as const }, learnerId, submissionId };
}

async function revisionOf(handle: DatabaseHandle, id: string) {
  const [row] = await handle.db.select({ revision: submission.revision, status: submission.status }).from(submission).where(eq(submission.id, id));
  return row ?? { revision: -1, status: 'draft' };
}

for (const kind of TEST_DATABASE_KINDS) {
  const db = () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    return handle;
  };

  test(`${kind}: an unassigned assessor finds nothing, and the assigned one sees items with keys and the queue entry`, async () => {
    const { assessor, submissionId } = await world(db());
    const stranger = { id: await person(db(), 'Other Assessor', 'assessor', 'X1'), role: 'assessor' as const };
    expect(await readSubmissionForAssessor(db().db, stranger, content, submissionId)).toBeNull();
    await expect(saveJudgementDraft(db().db, stranger, form(submissionId, 0, () => 'met'), RULES)).rejects.toMatchObject({ code: 'not-found' });
    const view = await readSubmissionForAssessor(db().db, assessor, content, submissionId);
    expect(view?.items.length).toBeGreaterThan(15);
    expect(view?.items.every((item) => item.response !== null)).toBe(true);
    expect((await assessorQueue(db().db, assessor.id)).entries.map((entry) => [entry.submissionId, entry.category])).toEqual([[submissionId, 'awaiting']]);
    expect((await assessorQueue(db().db, stranger.id)).total).toBe(0);
  });

  test(`${kind}: signing is refused without a registration number, with a wrong password, undecided, or a stale form`, async () => {
    const unregistered = await world(db(), null);
    const { revision } = await revisionOf(db(), unregistered.submissionId);
    await expect(signJudgement(db().db, unregistered.assessor, form(unregistered.submissionId, revision, () => 'met'), RULES, PASSWORD)).rejects.toMatchObject({ code: 'registration-missing' });
    const { assessor, submissionId } = await world(db());
    const opened = (await revisionOf(db(), submissionId)).revision;
    await expect(signJudgement(db().db, assessor, form(submissionId, opened, () => 'met'), RULES, 'wrong-password')).rejects.toMatchObject({ code: 'password' });
    await expect(signJudgement(db().db, assessor, form(submissionId, opened, (code) => (code === 'AC3.4' ? '' : 'met')), RULES, PASSWORD)).rejects.toMatchObject({ code: 'undecided' });
    await expect(signJudgement(db().db, assessor, form(submissionId, opened, (code) => (code === 'AC3.4' ? 'not_yet' : 'met')), RULES, PASSWORD)).rejects.toMatchObject({ code: 'feedback-needed' });
    await saveJudgementDraft(db().db, assessor, form(submissionId, opened, () => 'met'), RULES);
    await expect(signJudgement(db().db, assessor, form(submissionId, opened, () => 'met'), RULES, PASSWORD)).rejects.toMatchObject({ code: 'stale' });
    expect((await revisionOf(db(), submissionId)).status).toBe('in_assessment');
  });

  test(`${kind}: Not Yet Competent returns the attempt with feedback, the next attempt comes back, and Competent closes the enrolment`, async () => {
    const { assessor, learnerId, submissionId } = await world(db());
    const nyc = form(submissionId, (await revisionOf(db(), submissionId)).revision, (code) => (code === 'AC3.1' ? 'not_yet' : 'met'), 'Your escalation message does not say what outcome you need or by when.');
    expect(await signJudgement(db().db, assessor, nyc, RULES, PASSWORD)).toBe('not_yet_competent');
    expect((await revisionOf(db(), submissionId)).status).toBe('not_yet_competent');
    await expect(saveJudgementDraft(db().db, assessor, form(submissionId, (await revisionOf(db(), submissionId)).revision, () => 'met'), RULES)).rejects.toBeInstanceOf(AssessingRuleError);
    expect((await assessorQueue(db().db, assessor.id)).entries.map((entry) => entry.category)).toEqual(['returned']);

    const second = await submittedAttempt(db(), content, learnerId, 'Lerato Mokoena');
    expect((await assessorQueue(db().db, assessor.id)).entries.map((entry) => [entry.submissionId, entry.category])).toEqual([[second, 'resubmitted']]);
    const view = await readSubmissionForAssessor(db().db, assessor, content, second);
    expect(view?.earlier[0]?.judgement?.judgements['AC3.1']?.met).toBe(false);
    expect(await signJudgement(db().db, assessor, form(second, view?.revision ?? -1, () => 'met'), RULES, PASSWORD)).toBe('competent');
    const [enrolled] = await db().db.select().from(enrolment).where(eq(enrolment.learnerId, learnerId));
    expect(enrolled?.status).toBe('competent');
    await expect(startAttempt(db().db, learnerId, content, { lessonSlugs: FIXTURE_LESSONS })).rejects.toMatchObject({ code: 'attempt-open' });
    const events = await db().db.select({ type: auditEvent.type, actor: auditEvent.actorId }).from(auditEvent).where(eq(auditEvent.subjectId, second));
    expect(events).toEqual(expect.arrayContaining([{ type: 'assessment.signed', actor: assessor.id }]));
  });

  test(`${kind}: a second and a third attempt draw items the learner has not met: a one-item part never repeats`, async () => {
    const { assessor, learnerId, submissionId } = await world(db());
    const attempts = [submissionId];
    for (let round = 0; round < 2; round += 1) {
      const latest = attempts[attempts.length - 1] ?? '';
      const nyc = form(latest, (await revisionOf(db(), latest)).revision, (code) => (code === 'AC2.3' ? 'not_yet' : 'met'), 'Your analysis does not use the figures.');
      expect(await signJudgement(db().db, assessor, nyc, RULES, PASSWORD)).toBe('not_yet_competent');
      attempts.push(await submittedAttempt(db(), content, learnerId, 'Lerato Mokoena'));
    }
    const drawn = await Promise.all(
      attempts.map(async (id) => (await db().db.select({ key: submissionItem.itemKey }).from(submissionItem).where(eq(submissionItem.submissionId, id))).map((row) => row.key)),
    );
    const [first = [], second = [], third = []] = drawn;
    expect(second.length).toBe(first.length);
    expect(third.length).toBe(first.length);
    // A part that draws one item shows a different one each time.
    for (const part of content.definition.parts.filter((entry) => content.banks.get(entry.bank)?.draw === 1)) {
      const shown = drawn.map((keys) => keys.find((key) => key.startsWith(`${part.bank}/`)));
      expect(new Set(shown).size, part.bank).toBe(3);
    }
    // Elsewhere spreading across criteria comes first, so a rare repeat is allowed (see fresh-draws.test.ts).
    const all = [...first, ...second, ...third];
    expect(all.length - new Set(all).size).toBeLessThanOrEqual(1);
  });

  test(`${kind}: nobody assesses their own submission, even after becoming an assessor`, async () => {
    const { admin, learnerId, submissionId } = await world(db());
    const { setRole } = await import('@/lib/users/manage-users');
    await setRole(db().db, admin, learnerId, 'assessor');
    const self = { id: learnerId, role: 'assessor' as const };
    expect(await readSubmissionForAssessor(db().db, self, content, submissionId)).toBeNull();
    await expect(assignAssessor(db().db, admin, learnerId, learnerId)).rejects.toThrow('Nobody may assess their own work.');
  });
}
