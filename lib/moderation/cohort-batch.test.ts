import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { signJudgement } from '@/lib/assessing/record-judgement';
import { judgementForm, submissionState } from '@/lib/assessing/testing/judgement-forms';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { finishLessons, loadRealAssessment, PASSWORD, person, RULES, submittedAttempt } from '@/lib/assessment/testing/fixtures';
import { createCohort } from '@/lib/cohorts/cohorts';
import { moveLearners } from '@/lib/cohorts/move-learners';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { moderationBatch, moderationBatchRecord } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { createBatch } from '@/lib/moderation/create-batch';

let content: LoadedAssessment;
const handles = new Map<string, DatabaseHandle>();
beforeAll(async () => {
  content = await loadRealAssessment();
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
}, 60_000);
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
});

for (const kind of TEST_DATABASE_KINDS) {
  test(`${kind}: a batch gathered for one cohort holds only that cohort's assessed records, and its rules name the cohort`, async () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    const admin = { id: await person(handle, 'Batch Admin', 'admin'), role: 'admin' as const };
    const assessor = { id: await person(handle, 'Batch Assessor', 'assessor', 'ASS/0999'), role: 'assessor' as const };
    const moderator = await person(handle, 'Batch Moderator', 'moderator', 'MOD/0999');
    const cohortId = await createCohort(handle.db, admin, { name: `Cohort batch ${kind}`, startsOn: '2026-01-01', endsOn: '2026-12-31' });
    const inCohort = await person(handle, 'Cohort Batch Learner', 'learner');
    const outside = await person(handle, 'Outside Batch Learner', 'learner');
    await moveLearners(handle.db, admin, [inCohort], { cohortId, assessorId: assessor.id });
    await moveLearners(handle.db, admin, [outside], { assessorId: assessor.id });
    const submitted: string[] = [];
    for (const [learner, name] of [[inCohort, 'Cohort Batch Learner'], [outside, 'Outside Batch Learner']] as const) {
      await finishLessons(handle, learner);
      const id = await submittedAttempt(handle, content, learner, name);
      await signJudgement(handle.db, assessor, judgementForm(id, (await submissionState(handle, id)).revision, []), RULES, PASSWORD);
      submitted.push(id);
    }
    const batchId = await createBatch(handle.db, admin, { name: `Cohort only ${kind}`, moderatorId: moderator, scope: { assessorId: null, from: null, to: null, cohortId } });
    const records = await handle.db.select({ submissionId: moderationBatchRecord.submissionId }).from(moderationBatchRecord).where(eq(moderationBatchRecord.batchId, batchId));
    expect(records).toEqual([{ submissionId: submitted[0] }]);
    const [batch] = await handle.db.select({ rules: moderationBatch.rules }).from(moderationBatch).where(eq(moderationBatch.id, batchId));
    expect(batch?.rules.cohortId).toBe(cohortId);
  });
}
