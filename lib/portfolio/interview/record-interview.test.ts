import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { signJudgement } from '@/lib/assessing/record-judgement';
import { judgementForm, submissionState } from '@/lib/assessing/testing/judgement-forms';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { finishLessons, loadRealAssessment, PASSWORD, RULES, submittedAttempt } from '@/lib/assessment/testing/fixtures';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { submission } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { assignedPeople, REGISTRATION, writtenFor } from '@/lib/portfolio/assessor-evidence/testing/assigned-people';
import type { InterviewForm } from '@/lib/portfolio/interview/interview-schema';
import { readInterview } from '@/lib/portfolio/interview/read-interview';
import { recordInterview } from '@/lib/portfolio/interview/record-interview';
import { formatLocalDateTime } from '@/lib/sla/time';

let content: LoadedAssessment;
const handles = new Map<string, DatabaseHandle>();
beforeAll(async () => {
  content = await loadRealAssessment();
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
});
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
});

const QUESTION = { question: 'Talk me through how you worked out the resolution due time for the second ticket.', answer: 'I started the clock at 16:30, stopped it at 17:00 and skipped the public holiday.' };

/** A learner who submitted an attempt (with practical evidence enough for Competent), assigned to their assessor. */
async function submitted(handle: DatabaseHandle) {
  const people = await assignedPeople(handle);
  await finishLessons(handle, people.learnerId);
  const submissionId = await submittedAttempt(handle, content, people.learnerId, 'Tumelo Phiri');
  return { ...people, submissionId };
}

function form(learnerId: string, overrides: Partial<InterviewForm> = {}): InterviewForm {
  const [date = '', time = ''] = formatLocalDateTime(new Date()).split('T');
  return { learnerId, submissionId: '', questions: [QUESTION], verdict: 'authentic', notes: '', date, time, ...overrides };
}

for (const kind of TEST_DATABASE_KINDS) {
  const db = () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    return handle;
  };

  test(`${kind}: an interview about an attempt writes the interview, an evidence piece claiming no criteria and the audit event together, and doubts then block Competent until a later interview finds the work authentic`, async () => {
    const people = await submitted(db());
    const doubts = 'Could not explain the business-hours calculation in the answer submitted.';
    const { interviewId, evidenceId } = await recordInterview(db().db, { actor: people.assessor, form: form(people.learnerId, { submissionId: people.submissionId, verdict: 'doubts', notes: doubts }), password: PASSWORD });
    const written = await writtenFor(db(), people.learnerId);
    expect(written.interviews).toMatchObject([
      { id: interviewId, enrolmentId: people.enrolmentId, submissionId: people.submissionId, assessorId: people.assessor.id, questions: [QUESTION], verdict: 'doubts', notes: doubts, signatureName: 'Refilwe Maseko', signatureRegistration: REGISTRATION },
    ]);
    expect(written.pieces.filter((piece) => piece.method === 'interview')).toMatchObject([
      { id: evidenceId, criteria: [], channel: null, title: 'Verification interview on attempt 1: doubts about authenticity', state: 'signed', submissionId: people.submissionId, detailId: interviewId, attesterRole: 'assessor', attesterId: people.assessor.id },
    ]);
    expect(written.events.map((event) => [event.type, event.data])).toEqual([
      ['interview.recorded', { interviewId, evidenceId, submissionId: people.submissionId, verdict: 'doubts', questions: 1, registrationNumber: REGISTRATION }],
    ]);

    const { revision } = await submissionState(db(), people.submissionId);
    await expect(signJudgement(db().db, people.assessor, judgementForm(people.submissionId, revision), RULES, PASSWORD)).rejects.toMatchObject({ code: 'authenticity', message: /recorded doubts/ });
    // An interview about the learner's work in general, after the submission (an hour ago), settles the doubt.
    await db().db.update(submission).set({ submittedAt: new Date(Date.now() - 3_600_000) }).where(eq(submission.id, people.submissionId));
    await recordInterview(db().db, { actor: people.assessor, form: form(people.learnerId, { questions: [QUESTION, { question: 'Which holiday did you skip?', answer: 'Human Rights Day.' }] }), password: PASSWORD });
    expect(await signJudgement(db().db, people.assessor, judgementForm(people.submissionId, revision), RULES, PASSWORD)).toBe('competent');
  });

  test(`${kind}: refusals name what is wrong and write nothing`, async () => {
    const people = await submitted(db());
    const attempt = (overrides: Partial<InterviewForm>, extra: Partial<Parameters<typeof recordInterview>[1]> = {}) =>
      recordInterview(db().db, { actor: people.assessor, form: form(people.learnerId, overrides), password: PASSWORD, ...extra });
    const [submittedRow] = await db().db.select({ at: submission.submittedAt }).from(submission).where(eq(submission.id, people.submissionId));
    const before = formatLocalDateTime(new Date((submittedRow?.at ?? new Date()).getTime() - 3_600_000)).split('T');

    await expect(attempt({}, { password: 'not-my-password' })).rejects.toMatchObject({ code: 'password', message: 'Your password is not right. Enter it again to sign.' });
    await expect(attempt({}, { actor: people.stranger })).rejects.toMatchObject({ code: 'not-found' });
    await expect(attempt({ verdict: 'doubts', notes: '' })).rejects.toMatchObject({ code: 'invalid', fieldErrors: { notes: expect.stringMatching(/notes are required with doubts/) } });
    await expect(attempt({ questions: [] })).rejects.toMatchObject({ fieldErrors: { 'question:0': 'Record at least one question you asked and the learner\u2019s answer.' } });
    await expect(attempt({ questions: [QUESTION, { question: 'And the first ticket?', answer: ' ' }] })).rejects.toMatchObject({ fieldErrors: { 'answer:1': 'Write the learner\u2019s answer to question 2.' } });
    await expect(attempt({ date: '2099-01-01', time: '09:00' })).rejects.toMatchObject({ fieldErrors: { date: 'That date and time is still to come: record what has already happened.' } });
    await expect(attempt({ submissionId: people.submissionId, date: before[0], time: before[1] })).rejects.toMatchObject({ fieldErrors: { date: /^Attempt 1 was submitted on .*: an interview about it comes after that\.$/ } });
    await expect(attempt({ submissionId: 'someone-elses-attempt' })).rejects.toMatchObject({ fieldErrors: { submissionId: 'Choose one of the learner\u2019s submitted attempts, or none.' } });
    const written = await writtenFor(db(), people.learnerId);
    expect([written.interviews, written.pieces.filter((piece) => piece.method === 'interview'), written.events]).toEqual([[], [], []]);

    await expect(recordInterview(db().db, { actor: people.unregistered, form: form(people.otherLearnerId), password: PASSWORD })).rejects.toMatchObject({ code: 'registration-missing' });
    expect((await writtenFor(db(), people.otherLearnerId)).interviews).toEqual([]);
  });

  test(`${kind}: the learner and their assessor read the interview with its attempt; another assessor finds nothing`, async () => {
    const people = await submitted(db());
    const { interviewId } = await recordInterview(db().db, { actor: people.assessor, form: form(people.learnerId, { submissionId: people.submissionId }), password: PASSWORD });
    expect(await readInterview(db().db, { id: people.learnerId, role: 'learner' }, interviewId)).toMatchObject({ attemptNumber: 1, verdict: 'authentic', questions: [QUESTION], learnerName: 'Tumelo Phiri' });
    expect(await readInterview(db().db, people.assessor, interviewId)).not.toBeNull();
    expect(await readInterview(db().db, people.stranger, interviewId)).toBeNull();
  });
}
