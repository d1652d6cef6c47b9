import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { AssessmentRuleError } from '@/lib/assessment/assessment-errors';
import { findItem } from '@/lib/assessment/find-item';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { saveAnswer } from '@/lib/assessment/save-answer';
import { startAttempt } from '@/lib/assessment/start-attempt';
import { submitAttempt } from '@/lib/assessment/submit-attempt';
import { FIXTURE_LESSONS, finishLessons, loadRealAssessment, person } from '@/lib/assessment/testing/fixtures';
import { modelResponse } from '@/lib/assessment/testing/model-answers';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { submission, submissionItem } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { readProgress, syncProgress } from '@/lib/progress/progress-store-db';

let assessment: LoadedAssessment;
const handles = new Map<string, DatabaseHandle>();
beforeAll(async () => {
  assessment = await loadRealAssessment();
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
}, 60_000);
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
});

/** A different order of 0..n-1 each run, so the newest answer does not always arrive last. */
function shuffled(n: number): number[] {
  const order = Array.from({ length: n }, (_, index) => index);
  for (let index = n - 1; index > 0; index -= 1) {
    const other = Math.floor(Math.random() * (index + 1));
    [order[index], order[other]] = [order[other] ?? 0, order[index] ?? 0];
  }
  return order;
}

function answer(value: boolean, attempts: number, answeredAt: string) {
  return { response: { type: 'truefalse' as const, value }, score: value ? 1 : 0, attempts, answeredAt };
}

for (const kind of TEST_DATABASE_KINDS) {
  const db = () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    return handle;
  };

  test(`${kind}: many tabs saving the same question at once end with the newest answer, whatever order they arrive in`, async () => {
    const learnerId = await person(db(), 'Thandi Nkosi', 'learner');
    const times = Array.from({ length: 40 }, (_, index) => new Date(Date.UTC(2026, 2, 2, 8, 0, index)).toISOString());
    await Promise.all(
      shuffled(times.length).map((index) =>
        syncProgress(db().db, learnerId, { lessons: {}, answers: { 'check/q1': answer(index % 2 === 0, index + 1, times[index] ?? '') } }),
      ),
    );
    expect((await readProgress(db().db, learnerId)).answers['check/q1']).toEqual(answer(false, 40, times[39] ?? ''));
  });

  test(`${kind}: lessons opened and completed in several tabs at once keep the earliest times`, async () => {
    const learnerId = await person(db(), 'Pieter van Wyk', 'learner');
    const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 8, minute)).toISOString();
    await Promise.all(
      shuffled(20).map((index) => syncProgress(db().db, learnerId, { lessons: { '01-a': { openedAt: at(index), completedAt: index % 3 === 0 ? null : at(30 + index) } }, answers: {} })),
    );
    expect((await readProgress(db().db, learnerId)).lessons['01-a']).toEqual({ openedAt: at(0), completedAt: at(31) });
  });

  test(`${kind}: answers in the same millisecond with the same tries settle on the same one in any arrival order`, async () => {
    const at = '2026-03-02T08:20:00.000Z';
    const copies = [answer(true, 2, at), answer(false, 2, at)];
    const kept: unknown[] = [];
    for (const order of [copies, [...copies].reverse()]) {
      const learnerId = await person(db(), 'Naledi Dube', 'learner');
      await Promise.all(order.map((copy) => syncProgress(db().db, learnerId, { lessons: {}, answers: { 'check/q2': copy } })));
      for (const copy of order) await syncProgress(db().db, learnerId, { lessons: {}, answers: { 'check/q2': copy } });
      kept.push((await readProgress(db().db, learnerId)).answers['check/q2']);
    }
    expect(kept[0]).toEqual(kept[1]);
  });

  test(`${kind}: an answer saved while the attempt is being submitted never lands after the submission`, async () => {
    const learnerId = await person(db(), 'Kagiso Molefe', 'learner');
    await finishLessons(db(), learnerId);
    const id = await startAttempt(db().db, learnerId, assessment, { lessonSlugs: FIXTURE_LESSONS });
    const items = await db().db.select({ itemKey: submissionItem.itemKey }).from(submissionItem).where(eq(submissionItem.submissionId, id));
    const save = (itemKey: string) => {
      const question = findItem(assessment, itemKey);
      if (!question) throw new Error(`missing ${itemKey}`);
      return saveAnswer(db().db, learnerId, assessment, id, itemKey, modelResponse(question));
    };
    for (const item of items) await save(item.itemKey);

    // Two tabs keep saving from before the submit starts until after it is done.
    const refusals: string[] = [];
    let landed = 0;
    let submitDone = false;
    const keepSaving = async () => {
      for (let round = 0; !submitDone || round % 6 !== 5; round += 1) {
        const item = items[round % 3];
        if (!item) continue;
        try {
          await save(item.itemKey);
          landed += 1;
        } catch (error) {
          refusals.push((error as AssessmentRuleError).code);
        }
        // A short pause, as between autosaves, so the submit is not starved by back-to-back saves: on a
        // loaded machine a 2 ms pause let the saves land between every retry of the submit.
        await new Promise((resolve) => setTimeout(resolve, 15));
      }
    };
    // The submit is retried while it is refused as stale (an answer landed as it was checking).
    const submitUntilDone = async () => {
      while (landed < 4) await new Promise((resolve) => setTimeout(resolve, 5));
      for (;;) {
        const outcome = await submitAttempt(db().db, learnerId, assessment, id, 'Kagiso Molefe').then(
          () => 'submitted',
          (error: AssessmentRuleError) => error.code,
        );
        if (outcome !== 'stale') {
          submitDone = true;
          return outcome;
        }
      }
    };
    const [submitted] = await Promise.all([submitUntilDone(), keepSaving(), keepSaving()]);

    expect(submitted).toBe('submitted');
    expect(landed).toBeGreaterThanOrEqual(4);
    expect(refusals.length).toBeGreaterThan(0);
    expect(new Set(refusals)).toEqual(new Set(['locked']));
    const [closed] = await db().db.select().from(submission).where(eq(submission.id, id));
    const stored = await db().db.select({ updatedAt: submissionItem.updatedAt }).from(submissionItem).where(eq(submissionItem.submissionId, id));
    if (!closed?.submittedAt) throw new Error('not submitted');
    for (const row of stored) expect(row.updatedAt.getTime()).toBeLessThanOrEqual(closed.submittedAt.getTime());
    await expect(save(items[0]?.itemKey ?? '')).rejects.toMatchObject({ code: 'locked' });
    const [after] = await db().db.select({ revision: submission.revision }).from(submission).where(eq(submission.id, id));
    expect(after?.revision).toBe(closed.revision);
  }, 90_000);
}
