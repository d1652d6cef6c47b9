import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { JudgementForm } from '@/lib/assessing/judgement-schema';
import { signJudgement } from '@/lib/assessing/record-judgement';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { ALL_ACS, finishLessons, loadRealAssessment, PASSWORD, person, RULES, submittedAttempt } from '@/lib/assessment/testing/fixtures';
import { createCohort } from '@/lib/cohorts/cohorts';
import { moveLearners } from '@/lib/cohorts/move-learners';
import { getCourseContentForTests } from '@/lib/content/testing/course-for-tests';
import type { Outcomes } from '@/lib/content/schema';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { submission } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { toCsv } from '@/lib/export/csv';
import { moderationCells, moderationRows } from '@/lib/export/moderation-export';
import { resultCells, resultRows, spreadsheetIdNumber } from '@/lib/export/results-export';
import { parseCsv } from '@/lib/import/parse-csv';
import { createBatch } from '@/lib/moderation/create-batch';
import { decideRecord } from '@/lib/moderation/decide';

let content: LoadedAssessment;
let outcomes: Outcomes;
const handles = new Map<string, DatabaseHandle>();
beforeAll(async () => {
  content = await loadRealAssessment();
  outcomes = (await getCourseContentForTests()).outcomes;
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
}, 60_000);
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
});

function judged(submissionId: string, revision: number, notYet: string[]): JudgementForm {
  return { submissionId, revision, feedback: notYet.length ? 'Look again at the escalation criteria.' : '', judgements: Object.fromEntries(ALL_ACS.map((code) => [code, { met: notYet.includes(code) ? 'not_yet' : 'met', comment: '' }])) };
}

test('an SA ID number is grouped as on the ID document so a spreadsheet keeps its leading zero; anything else is left alone', () => {
  expect(spreadsheetIdNumber('0501015009087')).toBe('050101 5009 0 8 7');
  expect(spreadsheetIdNumber('FN123456')).toBe('FN123456');
  expect(spreadsheetIdNumber(null)).toBeNull();
});

for (const kind of TEST_DATABASE_KINDS) {
  test(`${kind}: the results export has a row per learner and criterion with dates, outcome and both registration numbers, for one cohort only; moderation findings list each decision`, async () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    const admin = { id: await person(handle, 'Export Admin', 'admin'), role: 'admin' as const };
    const assessor = { id: await person(handle, 'Export Assessor', 'assessor', 'ASS/0117'), role: 'assessor' as const };
    const moderator = { id: await person(handle, 'Export Moderator', 'moderator', 'MOD/0042'), role: 'moderator' as const };
    const cohortId = await createCohort(handle.db, admin, { name: `Export cohort ${kind}`, startsOn: '2026-01-01', endsOn: '2026-12-31' });
    const learner = await person(handle, '=HYPERLINK("x") Learner', 'learner');
    const outsider = await person(handle, 'Outside Learner', 'learner');
    await moveLearners(handle.db, admin, [learner], { cohortId, assessorId: assessor.id });
    await moveLearners(handle.db, admin, [outsider], { assessorId: assessor.id });
    await finishLessons(handle, learner);
    const submissionId = await submittedAttempt(handle, content, learner, '=HYPERLINK("x") Learner');
    const [{ revision } = { revision: 0 }] = await handle.db.select({ revision: submission.revision }).from(submission).where(eq(submission.id, submissionId));
    await signJudgement(handle.db, assessor, judged(submissionId, revision, ['AC2.2']), RULES, PASSWORD);
    const batchId = await createBatch(handle.db, admin, { name: `Export batch ${kind}`, moderatorId: moderator.id, scope: { assessorId: assessor.id, from: null, to: null } });
    await decideRecord(handle.db, moderator, { batchId, submissionId, decision: 'refer', reasons: { 'AC3.1': 'No deadline in the escalation, see row 4' }, comment: '+ check again' });

    const rows = await resultRows(handle.db, outcomes, cohortId);
    expect(rows).toHaveLength(ALL_ACS.length);
    expect(new Set(rows.map((row) => row.learner))).toEqual(new Set(['=HYPERLINK("x") Learner']));
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Johannesburg' }).format(new Date());
    expect(rows.find((row) => row.criterion === 'AC2.2')).toMatchObject({ cohort: `Export cohort ${kind}`, attempt: 1, submittedOn: today, outcome: 'Not Yet Competent', criterionMet: 'No', assessedOn: today, assessorRegistration: 'ASS/0117', moderatorRegistration: 'MOD/0042' });
    expect(rows.find((row) => row.criterion === 'AC1.1')?.criterionMet).toBe('Yes');
    expect((await resultRows(handle.db, outcomes, null)).some((row) => row.learner === 'Outside Learner' && row.outcome === 'Not submitted')).toBe(true);

    const csv = toCsv(resultCells(rows));
    const reread = parseCsv(csv);
    expect(reread.header[0]).toBe('Learner');
    expect(reread.rows[0]?.cells[0]).toBe(`'=HYPERLINK("x") Learner`);
    expect(reread.rows[0]?.cells[2]).toMatch(/^\d{6} \d{4} \d \d \d$/);

    const findings = await moderationRows(handle.db, cohortId);
    expect(findings).toEqual([expect.objectContaining({ batch: `Export batch ${kind}`, decision: 'Refer', reasons: 'AC3.1: No deadline in the escalation, see row 4', comment: '+ check again', assessorRegistration: 'ASS/0117', moderatorRegistration: 'MOD/0042', attempt: 1, assessmentRound: 1 })]);
    expect(parseCsv(toCsv(moderationCells(findings))).rows[0]?.cells).toContain(`'+ check again`);
  });
}
