import { and, asc, count, eq, sql } from 'drizzle-orm';
import { AssessmentRuleError } from '@/lib/assessment/assessment-errors';
import { incompleteReason } from '@/lib/assessment/check-response';
import { findItem } from '@/lib/assessment/find-item';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { LOCKED_MESSAGE } from '@/lib/assessment/save-answer';
import { writeAudit } from '@/lib/audit/write-audit';
import type { Db } from '@/lib/db/open-database';
import { enrolment, evidence, evidenceFile, profile, submission, submissionItem } from '@/lib/db/schema';
import { enqueueNotice } from '@/lib/mail/notices';
import { summativeEvidence } from '@/lib/portfolio/summative-evidence';
import { onProviderCalendar } from '@/lib/quiz/clock-answer';
import { markItem } from '@/lib/quiz/mark';
import { ResponseSchema } from '@/lib/quiz/response';
import type { BusinessCalendar } from '@/lib/sla/schema';
import { providerCalendar } from '@/lib/settings/provider-calendar';
import { readSettings } from '@/lib/settings/settings-store';
import { queueLearningEvent } from '@/lib/xapi/outbox';

export const DECLARATION_TEXT =
  'I declare that the work in this submission is my own, that I did it without help that the assessment does not allow, and that any evidence files are genuine records of my own work.';

function sameName(a: string, b: string): boolean {
  const normal = (value: string) => value.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-ZA');
  return normal(a) === normal(b);
}

/**
 * Submits the learner's draft: every item answered, the declaration signed with the name on the
 * profile, automatic items marked, and the attempt locked, all in one transaction.
 */
type Marks = { itemKey: string; score: number; status: 'marked' | 'needs-assessor' }[];

/** Checks and marks a draft without holding any lock: the slow part of submitting, done once. */
async function prepare(db: Pick<Db, 'select'>, learnerId: string, assessment: LoadedAssessment, submissionId: string, declarationName: string, calendar: BusinessCalendar) {
  const [owned] = await db
    .select()
    .from(submission)
    .where(and(eq(submission.id, submissionId), eq(submission.learnerId, learnerId)));
  if (!owned) throw new AssessmentRuleError('not-found', 'There is no such attempt.');
  if (owned.status !== 'draft') throw new AssessmentRuleError('locked', LOCKED_MESSAGE);
  const [person] = await db.select().from(profile).where(eq(profile.userId, learnerId));
  if (!person) throw new AssessmentRuleError('not-found', 'There is no such attempt.');
  if (person.identityKind === null) {
    throw new AssessmentRuleError('declaration', 'Add your ID or passport number on your account page before you submit: your record of learning needs it.');
  }
  if (!sameName(declarationName, person.fullName)) {
    throw new AssessmentRuleError('declaration', `Type your full name exactly as it is on your profile (${person.fullName}) to sign the declaration.`);
  }
  const items = await db.select().from(submissionItem).where(eq(submissionItem.submissionId, submissionId)).orderBy(asc(submissionItem.position));
  const missing: string[] = [];
  const marks: Marks = [];
  for (const [index, item] of items.entries()) {
    const question = findItem(assessment, item.itemKey);
    const parsed = item.response === null ? null : ResponseSchema.safeParse(item.response);
    const response = parsed?.success ? parsed.data : null;
    const reason = question ? incompleteReason(question, response) : 'no longer in the assessment';
    if (reason !== null || !question || !response) {
      missing.push(`${item.itemKey}|Question ${index + 1}: ${reason ?? 'not answered'}`);
      continue;
    }
    // Date-time keys are worked out on the provider's calendar, with its own closed dates.
    const result = markItem(onProviderCalendar(question, calendar), response);
    marks.push({ itemKey: item.itemKey, score: result.score, status: result.status });
  }
  if (missing.length > 0) {
    throw new AssessmentRuleError('incomplete', `${missing.length} question${missing.length === 1 ? ' is' : 's are'} not finished yet.`, missing);
  }
  return { owned, marks, items };
}

/**
 * Submits the learner's draft: every item answered, the declaration signed with the name on the
 * profile, automatic items marked, and the attempt locked. The answers are checked and marked first;
 * the transaction then only re-checks that nothing changed meanwhile and writes, so many learners
 * submitting at once do not queue behind each other's marking.
 */
export async function submitAttempt(db: Db, learnerId: string, assessment: LoadedAssessment, submissionId: string, declarationName: string): Promise<void> {
  const calendar = providerCalendar(await readSettings(db));
  const { owned, marks, items } = await prepare(db, learnerId, assessment, submissionId, declarationName, calendar);
  await db.transaction(async (tx) => {
    const [current] = await tx.select({ status: submission.status, revision: submission.revision }).from(submission).where(eq(submission.id, submissionId)).for('update');
    if (current?.status !== 'draft') throw new AssessmentRuleError('locked', LOCKED_MESSAGE);
    if (current.revision !== owned.revision) {
      throw new AssessmentRuleError('stale', 'An answer changed while you were submitting (perhaps in another tab). Nothing was submitted: check your answers and submit again.');
    }
    // One statement for every item's automatic mark.
    const values = sql.join(
      marks.map((mark) => sql`(${mark.itemKey}, ${mark.score}::real, ${mark.status})`),
      sql`, `,
    );
    await tx.execute(
      sql`update ${submissionItem} set auto_score = marks.score, auto_status = marks.status from (values ${values}) as marks(item_key, score, status) where ${submissionItem.submissionId} = ${submissionId} and ${submissionItem.itemKey} = marks.item_key`,
    );
    const now = new Date();
    await tx
      .update(submission)
      .set({ status: 'submitted', declarationName: declarationName.trim(), declaredAt: now, submittedAt: now, updatedAt: now, revision: sql`${submission.revision} + 1` })
      .where(eq(submission.id, submissionId));
    const pieces = summativeEvidence({ attempt: owned, parts: assessment.definition.parts, items, declarationName: declarationName.trim(), submittedAt: now });
    if (pieces.length > 0) await tx.insert(evidence).values(pieces);
    const [files] = await tx.select({ value: count() }).from(evidenceFile).where(eq(evidenceFile.submissionId, submissionId));
    await writeAudit(tx, { id: learnerId, role: 'learner' }, { type: 'submission', id: submissionId }, {
      type: 'submission.submitted',
      data: { attemptNumber: owned.attemptNumber, declarationName: declarationName.trim(), evidenceFiles: files?.value ?? 0 },
    });
    await queueLearningEvent(tx, { type: 'attempt.submitted', learnerId, submissionId, attemptNumber: owned.attemptNumber, at: now.toISOString() });
    const [assigned] = await tx.select({ assessorId: enrolment.assessorId }).from(enrolment).where(eq(enrolment.id, owned.enrolmentId));
    if (assigned?.assessorId) await enqueueNotice(tx, { type: 'submission-waiting', to: assigned.assessorId, submissionId });
  });
}
