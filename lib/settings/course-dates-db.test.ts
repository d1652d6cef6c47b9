import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type LoadedAssessment, loadAssessment } from '@/lib/assessment/load-assessment';
import { readAttemptForLearner } from '@/lib/assessment/read-attempt';
import { startAttempt } from '@/lib/assessment/start-attempt';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { syncProgress } from '@/lib/progress/progress-store-db';
import { updateSettings } from '@/lib/settings/settings-store';
import { createAccount, EnrolmentClosedError } from '@/lib/users/create-account';
import { setRole, UserRuleError } from '@/lib/users/manage-users';

const LESSONS = ['01-a'];
const PASSED = '2020-06-30';
const FUTURE = '2999-12-31';
let assessment: LoadedAssessment;
const handles = new Map<string, DatabaseHandle>();

beforeAll(async () => {
  const acs = ['AC1.1', 'AC1.2', 'AC1.3', 'AC1.4', 'AC2.1', 'AC2.2', 'AC2.3', 'AC2.4', 'AC3.1', 'AC3.2', 'AC3.3', 'AC3.4'];
  const loaded = await loadAssessment(path.resolve('content'), new Set(acs));
  if (!loaded.assessment) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
  assessment = loaded.assessment;
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
  // Loading the real content and opening two databases can take a while on a busy machine.
}, 60_000);
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
});

function account(email: string, role: 'learner' | 'assessor') {
  return { email, password: 'a-long-password', fullName: 'Thandiwe Mthethwa', role, identity: { identityKind: 'sa-id' as const, idNumber: '8001015009087' } };
}

for (const kind of TEST_DATABASE_KINDS) {
  const db = () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    return handle.db;
  };

  test(`${kind}: after the last date for enrolment, sign-up and new learners are refused with the date, other accounts are not`, async () => {
    await updateSettings(db(), null, { lastEnrolmentDate: FUTURE });
    await createAccount(db(), account(`before-close-${kind}@example.co.za`, 'learner'), null, 'user.signed_up');

    await updateSettings(db(), null, { lastEnrolmentDate: PASSED });
    const refusal = await createAccount(db(), account(`after-close-${kind}@example.co.za`, 'learner'), null, 'user.signed_up').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(EnrolmentClosedError);
    expect((refusal as Error).message).toContain('was 30 June 2020');
    await expect(createAccount(db(), account(`admin-made-${kind}@example.co.za`, 'learner'), null, 'user.created')).rejects.toBeInstanceOf(EnrolmentClosedError);

    const assessorId = await createAccount(db(), account(`assessor-${kind}@example.co.za`, 'assessor'), null, 'user.created');
    const roleChange = await setRole(db(), null, assessorId, 'learner').catch((error: unknown) => error);
    expect(roleChange).toBeInstanceOf(UserRuleError);
    expect((roleChange as Error).message).toContain('The last date for enrolment');
    await updateSettings(db(), null, { lastEnrolmentDate: null });
  });

  test(`${kind}: after the last date for achievement no new attempt starts, and earlier attempts stay readable`, async () => {
    const learnerId = await createAccount(db(), account(`attempts-${kind}@example.co.za`, 'learner'), null, 'user.signed_up');
    const done = { openedAt: '2026-03-02T08:00:00.000Z', completedAt: '2026-03-02T09:00:00.000Z' };
    await syncProgress(db(), learnerId, { lessons: Object.fromEntries(LESSONS.map((slug) => [slug, done])), answers: {} });

    await updateSettings(db(), null, { lastAchievementDate: PASSED });
    const refusal = await startAttempt(db(), learnerId, assessment, { lessonSlugs: LESSONS }).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: 'closed' });
    expect((refusal as Error).message).toContain('The last date for achievement of this unit standard, set by SAQA and the QCTO, was 30 June 2020.');

    await updateSettings(db(), null, { lastAchievementDate: FUTURE });
    const attemptId = await startAttempt(db(), learnerId, assessment, { lessonSlugs: LESSONS });
    await updateSettings(db(), null, { lastAchievementDate: PASSED });
    const view = await readAttemptForLearner(db(), learnerId, assessment, attemptId);
    expect(view?.parts.length).toBe(assessment.definition.parts.length);
    await updateSettings(db(), null, { lastAchievementDate: null });
  });
}
