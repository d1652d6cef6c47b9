import { afterAll, beforeAll, expect, test } from 'vitest';
import { signJudgement } from '@/lib/assessing/record-judgement';
import { judgementForm, submissionState } from '@/lib/assessing/testing/judgement-forms';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { finishLessons, loadRealAssessment, PASSWORD, person, RULES, submittedAttempt } from '@/lib/assessment/testing/fixtures';
import { getCourseContentForTests } from '@/lib/content/testing/course-for-tests';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { createBatch } from '@/lib/moderation/create-batch';
import { signBatch } from '@/lib/moderation/sign-batch';
import type { RecordDeps } from '@/lib/record/build-record';
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

for (const kind of TEST_DATABASE_KINDS) {
  test(`${kind}: someone with no access is told "not found" before any registration, password or completeness check`, async () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    const admin = { id: await person(handle, 'Admin Person', 'admin'), role: 'admin' as const };
    const assessor = { id: await person(handle, 'Assigned Assessor', 'assessor', 'REG-1'), role: 'assessor' as const };
    const learnerId = await person(handle, 'Naledi Khoza', 'learner');
    await assignAssessor(handle.db, admin, learnerId, assessor.id);
    await finishLessons(handle, learnerId);
    const submissionId = await submittedAttempt(handle, content, learnerId, 'Naledi Khoza');
    const { revision } = await submissionState(handle, submissionId);

    // No registration number, a wrong password and an undecided form: each would have its own message.
    const stranger = { id: await person(handle, 'Unassigned Assessor', 'assessor', null), role: 'assessor' as const };
    const undecided = { ...judgementForm(submissionId, revision), judgements: {} };
    await expect(signJudgement(handle.db, stranger, undecided, RULES, 'wrong-password')).rejects.toMatchObject({ code: 'not-found' });

    await signJudgement(handle.db, assessor, judgementForm(submissionId, revision), RULES, PASSWORD);
    const moderator = { id: await person(handle, 'Batch Moderator', 'moderator', 'MOD-1'), role: 'moderator' as const };
    const batchId = await createBatch(handle.db, admin, { name: 'Order of checks', moderatorId: moderator.id, scope: { assessorId: assessor.id, from: null, to: null } });
    const otherModerator = { id: await person(handle, 'Other Moderator', 'moderator', null), role: 'moderator' as const };
    await expect(signBatch(handle.db, otherModerator, deps, batchId, 'wrong-password')).rejects.toMatchObject({ code: 'not-found' });
    await expect(signBatch(handle.db, moderator, deps, batchId, 'wrong-password')).rejects.toMatchObject({ code: 'password' });
  });
}
