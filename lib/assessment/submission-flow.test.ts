import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { AssessmentRuleError } from '@/lib/assessment/assessment-errors';
import { findItem } from '@/lib/assessment/find-item';
import { type LoadedAssessment, loadAssessment } from '@/lib/assessment/load-assessment';
import { readAttemptForLearner } from '@/lib/assessment/read-attempt';
import { saveAnswer } from '@/lib/assessment/save-answer';
import { startAttempt } from '@/lib/assessment/start-attempt';
import { submitAttempt } from '@/lib/assessment/submit-attempt';
import { modelResponse } from '@/lib/assessment/testing/model-answers';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { auditEvent, submission, submissionItem } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { syncProgress } from '@/lib/progress/progress-store-db';
import { createAccount } from '@/lib/users/create-account';

const LESSONS = ['01-a', '02-b'];
let assessment: LoadedAssessment;
const handles = new Map<string, DatabaseHandle>();

beforeAll(async () => {
  const acs = ['AC1.1', 'AC1.2', 'AC1.3', 'AC1.4', 'AC2.1', 'AC2.2', 'AC2.3', 'AC2.4', 'AC3.1', 'AC3.2', 'AC3.3', 'AC3.4'];
  const loaded = await loadAssessment(path.resolve('content'), new Set(acs));
  if (!loaded.assessment) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
  assessment = loaded.assessment;
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
});
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
});

async function learnerWhoFinishedLessons(handle: DatabaseHandle, name: string, withIdentity = true) {
  const id = await createAccount(
    handle.db,
    { email: `${name.replace(/\W/g, '').toLowerCase()}-${Math.random().toString(36).slice(2)}@example.co.za`, password: 'a-long-password', fullName: name, role: 'learner', identity: withIdentity ? { identityKind: 'sa-id', idNumber: '8001015009087' } : undefined },
    null,
    'user.signed_up',
  );
  const done = { openedAt: '2026-03-02T08:00:00.000Z', completedAt: '2026-03-02T09:00:00.000Z' };
  await syncProgress(handle.db, id, { lessons: Object.fromEntries(LESSONS.map((slug) => [slug, done])), answers: {} });
  return id;
}

async function answerEverything(handle: DatabaseHandle, learnerId: string, submissionId: string) {
  const items = await handle.db.select().from(submissionItem).where(eq(submissionItem.submissionId, submissionId));
  for (const item of items) {
    const question = findItem(assessment, item.itemKey);
    if (!question) throw new Error(`missing ${item.itemKey}`);
    await saveAnswer(handle.db, learnerId, assessment, submissionId, item.itemKey, modelResponse(question));
  }
  return items;
}

for (const kind of TEST_DATABASE_KINDS) {
  const db = () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    return handle;
  };

  test(`${kind}: the assessment stays closed until every lesson is complete, naming the lessons left`, async () => {
    const learnerId = await createAccount(db().db, { email: `early-${kind}@example.co.za`, password: 'a-long-password', fullName: 'Sipho Dlamini', role: 'learner' }, null, 'user.signed_up');
    const refusal = await startAttempt(db().db, learnerId, assessment, { lessonSlugs: LESSONS }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AssessmentRuleError);
    expect(refusal).toMatchObject({ code: 'not-open-yet', details: LESSONS });
  });

  test(`${kind}: an attempt draws every part with a stored seed, and the browser view carries no answer keys`, async () => {
    const learnerId = await learnerWhoFinishedLessons(db(), 'Ayesha Patel');
    const id = await startAttempt(db().db, learnerId, assessment, { lessonSlugs: LESSONS });
    const view = await readAttemptForLearner(db().db, learnerId, assessment, id);
    expect(view?.parts.map((part) => part.bank)).toEqual(assessment.definition.parts.map((part) => part.bank));
    const drawn = view?.parts.reduce((n, part) => n + part.items.length, 0);
    expect(drawn).toBe([...assessment.banks.values()].reduce((n, bank) => n + bank.draw, 0));
    const json = JSON.stringify(view);
    for (const key of ['"answer"', '"answers"', '"feedback"', '"explanation"', '"modelAnswer"', '"markingGuide"', '"meets"', '"misses"', '"match"']) expect(json).not.toContain(key);
    await expect(startAttempt(db().db, learnerId, assessment, { lessonSlugs: LESSONS })).rejects.toMatchObject({ code: 'attempt-open' });
  });

  test(`${kind}: bad answers are refused with a clear message and change nothing`, async () => {
    const learnerId = await learnerWhoFinishedLessons(db(), 'Pieter van der Merwe');
    const otherId = await learnerWhoFinishedLessons(db(), 'Thandi Nkosi');
    const id = await startAttempt(db().db, learnerId, assessment, { lessonSlugs: LESSONS });
    const [first] = await db().db.select().from(submissionItem).where(eq(submissionItem.submissionId, id)).limit(1);
    if (!first) throw new Error('no items');
    const question = findItem(assessment, first.itemKey);
    if (!question) throw new Error('no question');
    await expect(saveAnswer(db().db, otherId, assessment, id, first.itemKey, modelResponse(question))).rejects.toMatchObject({ code: 'not-found' });
    await expect(saveAnswer(db().db, learnerId, assessment, `${id}'--`, first.itemKey, modelResponse(question))).rejects.toMatchObject({ code: 'not-found', message: 'There is no such attempt.' });
    await expect(saveAnswer(db().db, learnerId, assessment, id, 'knowledge/not-a-real-item', { type: 'truefalse', value: true })).rejects.toMatchObject({ code: 'not-in-draw' });
    await expect(saveAnswer(db().db, learnerId, assessment, id, first.itemKey, { type: 'numeric', value: 'seven' })).rejects.toMatchObject({ code: 'wrong-shape' });
    await expect(saveAnswer(db().db, learnerId, assessment, id, first.itemKey, { type: question.type === 'written' ? 'truefalse' : 'written', text: 'x', value: true })).rejects.toMatchObject({ code: 'wrong-shape' });
    const [after] = await db().db.select().from(submissionItem).where(eq(submissionItem.itemKey, first.itemKey));
    expect(after?.response).toBeNull();
  });

  test(`${kind}: submitting lists every unfinished question, then checks the declaration, then locks the attempt`, async () => {
    const learnerId = await learnerWhoFinishedLessons(db(), 'Lerato Mokoena');
    const id = await startAttempt(db().db, learnerId, assessment, { lessonSlugs: LESSONS });
    const incomplete = await submitAttempt(db().db, learnerId, assessment, id, 'Lerato Mokoena').catch((error: unknown) => error);
    expect(incomplete).toMatchObject({ code: 'incomplete' });
    const items = await answerEverything(db(), learnerId, id);
    expect(incomplete instanceof AssessmentRuleError ? incomplete.details.length : 0).toBe(items.length);
    await expect(submitAttempt(db().db, learnerId, assessment, id, 'Someone Else')).rejects.toMatchObject({ code: 'declaration' });
    await submitAttempt(db().db, learnerId, assessment, id, '  lerato   MOKOENA ');
    const [row] = await db().db.select().from(submission).where(eq(submission.id, id));
    expect(row).toMatchObject({ status: 'submitted', declarationName: 'lerato   MOKOENA' });
    const marked = await db().db.select().from(submissionItem).where(eq(submissionItem.submissionId, id));
    expect(marked.filter((item) => item.autoStatus === 'marked').every((item) => item.autoScore === 1)).toBe(true);
    expect(marked.some((item) => item.autoStatus === 'needs-assessor')).toBe(true);
    const first = items[0];
    if (!first) throw new Error('no items');
    const question = findItem(assessment, first.itemKey);
    if (!question) throw new Error('no question');
    await expect(saveAnswer(db().db, learnerId, assessment, id, first.itemKey, modelResponse(question))).rejects.toMatchObject({ code: 'locked' });
    await expect(submitAttempt(db().db, learnerId, assessment, id, 'Lerato Mokoena')).rejects.toMatchObject({ code: 'locked' });
    const events = await db().db.select().from(auditEvent).where(eq(auditEvent.subjectId, id));
    expect(events.map((event) => event.type)).toEqual(['submission.started', 'submission.submitted']);
  });

  test(`${kind}: a learner without an ID or passport number on file cannot submit`, async () => {
    const learnerId = await learnerWhoFinishedLessons(db(), 'Zanele Booysen', false);
    const id = await startAttempt(db().db, learnerId, assessment, { lessonSlugs: LESSONS });
    await answerEverything(db(), learnerId, id);
    await expect(submitAttempt(db().db, learnerId, assessment, id, 'Zanele Booysen')).rejects.toThrow(/ID or passport number/);
  });
}
