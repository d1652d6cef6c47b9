import 'server-only';
import { randomUUID } from 'node:crypto';
import { writeAudit } from '@/lib/audit/write-audit';
import type { Actor } from '@/lib/auth/permissions';
import type { Db } from '@/lib/db/open-database';
import { evidence, verificationInterview } from '@/lib/db/schema';
import { formatSastTime } from '@/lib/format/sast';
import { assignedLearner } from '@/lib/portfolio/assessor-evidence/assigned-learner';
import { EvidenceRuleError } from '@/lib/portfolio/assessor-evidence/evidence-rule-error';
import { fieldRefusal } from '@/lib/portfolio/assessor-evidence/field-refusal';
import { requireSigner } from '@/lib/portfolio/assessor-evidence/require-signer';
import { parseSastMoment } from '@/lib/portfolio/assessor-evidence/sast-moment';
import type { InterviewForm } from '@/lib/portfolio/interview/interview-schema';
import { type SubmittedAttempt, submittedAttempts } from '@/lib/portfolio/interview/submitted-attempts';

type Input = { actor: Actor; form: InterviewForm; password: string; now?: Date };

/** Rows left blank are dropped; a row with only a question or only an answer is named. */
function checkQuestions(given: InterviewForm['questions'], fieldErrors: Record<string, string>) {
  const rows = given.map((row) => ({ question: row.question.trim(), answer: row.answer.trim() }));
  rows.forEach((row, index) => {
    if (row.question && !row.answer) fieldErrors[`answer:${index}`] = `Write the learner\u2019s answer to question ${index + 1}.`;
    if (!row.question && row.answer) fieldErrors[`question:${index}`] = `Write question ${index + 1} as you asked it.`;
  });
  const asked = rows.filter((row) => row.question && row.answer);
  if (asked.length === 0 && !Object.keys(fieldErrors).some((key) => /^(question|answer):/.test(key))) {
    fieldErrors['question:0'] = 'Record at least one question you asked and the learner\u2019s answer.';
  }
  return asked;
}

/** Times are entered to the minute: an interview in the minute the attempt was submitted comes after it. */
function minuteOf(instant: Date): number {
  return Math.floor(instant.getTime() / 60_000) * 60_000;
}

function titleOf(attempt: SubmittedAttempt | null, verdict: InterviewForm['verdict']): string {
  return `Verification interview${attempt ? ` on attempt ${attempt.attemptNumber}` : ''}: ${verdict === 'authentic' ? 'work found authentic' : 'doubts about authenticity'}`;
}

/**
 * The assigned assessor's signed verification interview: questions about the learner's written
 * work, the answers and a verdict. Writes the interview (which the signing gate reads), an evidence
 * piece claiming no criteria (it vouches for other evidence) and the audit event, in one transaction.
 */
export async function recordInterview(db: Db, { actor, form, password, now = new Date() }: Input): Promise<{ interviewId: string; evidenceId: string }> {
  const learner = await assignedLearner(db, actor, form.learnerId);
  if (!learner) throw new EvidenceRuleError('not-found', 'There is no such learner among those assigned to you.');
  const fieldErrors: Record<string, string> = {};
  const questions = checkQuestions(form.questions, fieldErrors);
  const notes = form.notes.trim();
  if (form.verdict === 'doubts' && notes.length < 10) fieldErrors.notes = 'Say what makes you doubt that the work is the learner\u2019s own: notes are required with doubts.';
  let attempt: SubmittedAttempt | null = null;
  if (form.submissionId) {
    attempt = (await submittedAttempts(db, learner.enrolmentId)).find((candidate) => candidate.id === form.submissionId) ?? null;
    if (!attempt) fieldErrors.submissionId = 'Choose one of the learner\u2019s submitted attempts, or none.';
  }
  const moment = parseSastMoment(form.date, form.time, now);
  if (!moment.ok) Object.assign(fieldErrors, moment.fieldErrors);
  else if (attempt && moment.at.getTime() < minuteOf(attempt.submittedAt)) {
    fieldErrors.date = `Attempt ${attempt.attemptNumber} was submitted on ${formatSastTime(attempt.submittedAt)}: an interview about it comes after that.`;
  }
  if (!moment.ok || Object.keys(fieldErrors).length > 0) throw fieldRefusal(fieldErrors);
  const signer = await requireSigner(db, actor.id, password);
  const interviewId = randomUUID();
  const evidenceId = randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(verificationInterview).values({
      id: interviewId,
      enrolmentId: learner.enrolmentId,
      submissionId: attempt?.id ?? null,
      assessorId: actor.id,
      questions,
      verdict: form.verdict,
      notes,
      occurredAt: moment.at,
      signatureName: signer.fullName,
      signatureRegistration: signer.registrationNumber,
      signedAt: new Date(),
    });
    await tx.insert(evidence).values({
      id: evidenceId,
      enrolmentId: learner.enrolmentId,
      learnerId: learner.learnerId,
      method: 'interview',
      criteria: [],
      channel: null,
      title: titleOf(attempt, form.verdict),
      state: 'signed',
      submissionId: attempt?.id ?? null,
      detailId: interviewId,
      attesterRole: 'assessor',
      attesterId: actor.id,
      attesterName: signer.fullName,
      occurredAt: moment.at,
    });
    await writeAudit(tx, actor, { type: 'enrolment', id: learner.enrolmentId }, {
      type: 'interview.recorded',
      data: { interviewId, evidenceId, submissionId: attempt?.id ?? null, verdict: form.verdict, questions: questions.length, registrationNumber: signer.registrationNumber },
    });
  });
  return { interviewId, evidenceId };
}
