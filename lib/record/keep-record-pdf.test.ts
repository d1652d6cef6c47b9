import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { signJudgement } from '@/lib/assessing/record-judgement';
import { judgementForm, submissionState } from '@/lib/assessing/testing/judgement-forms';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { finishLessons, loadRealAssessment, PASSWORD, person, RULES, submittedAttempt } from '@/lib/assessment/testing/fixtures';
import { getCourseContentForTests } from '@/lib/content/testing/course-for-tests';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { job, submission } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { createBatch } from '@/lib/moderation/create-batch';
import { decideRecord } from '@/lib/moderation/decide';
import { signBatch } from '@/lib/moderation/sign-batch';
import type { RecordDeps } from '@/lib/record/build-record';
import { keepRecordPdf, RECORD_PDF_JOB } from '@/lib/record/keep-record-pdf';
import type { RecordPdfRenderer } from '@/lib/record/pdf-renderer';
import type { RecordOfLearning } from '@/lib/record/record-schema';
import { localFileCache } from '@/lib/storage/rendered-file-cache';
import { assignAssessor } from '@/lib/users/manage-users';

let content: LoadedAssessment;
let deps: RecordDeps;
const handles = new Map<string, DatabaseHandle>();
const folder = mkdtempSync(path.join(tmpdir(), 'keep-record-pdf-'));
beforeAll(async () => {
  content = await loadRealAssessment();
  const course = await getCourseContentForTests();
  deps = { course: course.course, outcomes: course.outcomes, parts: content.definition.parts, sufficiency: RULES.sufficiency, baseUrl: 'https://records.example.co.za' };
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
});
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
  rmSync(folder, { recursive: true, force: true });
});

function countingRenderer(codeId: string | null) {
  const drawnFor: RecordOfLearning[] = [];
  const renderer: RecordPdfRenderer = {
    codeId,
    render: async (record) => {
      drawnFor.push(record);
      return new TextEncoder().encode(`%PDF ${record.candidate.name}`);
    },
  };
  return { renderer, drawnFor };
}

/** One learner's attempt signed Competent and agreed in a signed batch: a final record. */
async function finalRecordOf(handle: DatabaseHandle, learnerName: string) {
  const admin = { id: await person(handle, 'Nomvula Khumalo', 'admin'), role: 'admin' as const };
  const assessor = { id: await person(handle, 'Thandi Nkosi', 'assessor', 'MICT/ASS/0117'), role: 'assessor' as const };
  const moderator = { id: await person(handle, 'Pieter van der Merwe', 'moderator', 'MICT/MOD/0042'), role: 'moderator' as const };
  const learnerId = await person(handle, learnerName, 'learner');
  await assignAssessor(handle.db, admin, learnerId, assessor.id);
  await finishLessons(handle, learnerId);
  const submissionId = await submittedAttempt(handle, content, learnerId, learnerName);
  const [row] = await handle.db.select({ enrolmentId: submission.enrolmentId }).from(submission).where(eq(submission.id, submissionId));
  const enrolmentId = row?.enrolmentId ?? '';
  const queuedBefore = await pdfJobsFor(handle, enrolmentId);
  const { revision } = await submissionState(handle, submissionId);
  await signJudgement(handle.db, assessor, judgementForm(submissionId, revision, []), RULES, PASSWORD);
  const batchId = await createBatch(handle.db, admin, { name: `Intake of ${learnerName}`, moderatorId: moderator.id, scope: { assessorId: assessor.id, from: null, to: null } });
  await decideRecord(handle.db, moderator, { batchId, submissionId, decision: 'agree', reasons: {}, comment: '' });
  await signBatch(handle.db, moderator, deps, batchId, PASSWORD);
  return { enrolmentId, queuedBefore };
}

async function pdfJobsFor(handle: DatabaseHandle, enrolmentId: string) {
  const rows = await handle.db.select({ payload: job.payload }).from(job).where(and(eq(job.kind, RECORD_PDF_JOB)));
  return rows.filter((row) => (row.payload as { enrolmentId?: string }).enrolmentId === enrolmentId);
}

for (const kind of TEST_DATABASE_KINDS) {
  test(`${kind}: the record becoming final queues one job that draws its PDF and keeps it, so the first download is not drawn again`, async () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    const { enrolmentId, queuedBefore } = await finalRecordOf(handle, 'Lindiwe Sithole');
    expect(queuedBefore).toEqual([]);
    expect(await pdfJobsFor(handle, enrolmentId)).toEqual([{ payload: { enrolmentId } }]);

    const { renderer, drawnFor } = countingRenderer('bundle-1');
    const keepDeps = { recordDeps: async () => deps, renderer, cache: localFileCache(folder) };
    expect(await keepRecordPdf(handle.db, { enrolmentId }, keepDeps)).toBe('kept');
    expect(drawnFor.map((record) => [record.candidate.name, record.status])).toEqual([['Lindiwe Sithole', 'final']]);
    // Running again (a retried job) finds it kept and draws nothing.
    expect(await keepRecordPdf(handle.db, { enrolmentId }, keepDeps)).toBe('kept');
    expect(drawnFor).toHaveLength(1);
  });

  test(`${kind}: the job draws nothing for a record that is not final, nor where PDFs come from the development source`, async () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    const learnerId = await person(handle, 'Sipho Dlamini', 'learner');
    await finishLessons(handle, learnerId);
    const submissionId = await submittedAttempt(handle, content, learnerId, 'Sipho Dlamini');
    const [row] = await handle.db.select({ enrolmentId: submission.enrolmentId }).from(submission).where(eq(submission.id, submissionId));
    const { renderer, drawnFor } = countingRenderer('bundle-1');
    const cache = localFileCache(folder);
    expect(await keepRecordPdf(handle.db, { enrolmentId: row?.enrolmentId }, { recordDeps: async () => deps, renderer, cache })).toBe('not-final');
    expect(await keepRecordPdf(handle.db, { enrolmentId: 'no-such-enrolment' }, { recordDeps: async () => deps, renderer, cache })).toBe('not-final');
    const development = countingRenderer(null);
    expect(await keepRecordPdf(handle.db, { enrolmentId: row?.enrolmentId }, { recordDeps: async () => deps, renderer: development.renderer, cache })).toBe('not-kept-here');
    expect([...drawnFor, ...development.drawnFor]).toEqual([]);
  });

  test(`${kind}: a job whose payload is not an enrolment fails rather than doing nothing`, async () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    const { renderer } = countingRenderer('bundle-1');
    await expect(keepRecordPdf(handle.db, { learnerId: 'x' }, { recordDeps: async () => deps, renderer, cache: localFileCache(folder) })).rejects.toThrow();
  });
}
