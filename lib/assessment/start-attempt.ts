import { randomBytes, randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import { AssessmentRuleError } from '@/lib/assessment/assessment-errors';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { writeAudit } from '@/lib/audit/write-audit';
import { courseVersion } from '@/lib/content/course-version';
import type { Db } from '@/lib/db/open-database';
import { assessment, enrolment, lessonProgress, submission, submissionItem } from '@/lib/db/schema';
import { deriveSeed, drawItems } from '@/lib/quiz/draw';
import { attemptsClosedReason } from '@/lib/settings/course-dates';
import { readSettings } from '@/lib/settings/settings-store';

/** Statuses in which an attempt is still with the learner or the assessor: no new one may start. */
const OPEN_STATUSES = new Set(['draft', 'submitted', 'in_assessment', 'referred']);

export type StartRules = { lessonSlugs: readonly string[] };

/**
 * Opens the learner's next attempt: draws every part's items with a fresh seed stored on the
 * submission, preferring items earlier attempts did not show, in one transaction with its audit event.
 */
export async function startAttempt(db: Db, learnerId: string, content: LoadedAssessment, rules: StartRules): Promise<string> {
  return db.transaction(async (tx) => {
    const [enrolled] = await tx.select().from(enrolment).where(eq(enrolment.learnerId, learnerId)).for('update');
    if (!enrolled) throw new AssessmentRuleError('not-enrolled', 'You are not enrolled on this course. Ask your training provider to enrol you.');
    const settings = await readSettings(tx);
    const closed = attemptsClosedReason(settings, new Date());
    if (closed) throw new AssessmentRuleError('closed', closed);
    if (settings.assessmentOpensAfterAllLessons) {
      const done = await tx
        .select({ slug: lessonProgress.lessonSlug })
        .from(lessonProgress)
        .where(and(eq(lessonProgress.learnerId, learnerId), isNotNull(lessonProgress.completedAt)));
      const completed = new Set(done.map((row) => row.slug));
      const missing = rules.lessonSlugs.filter((slug) => !completed.has(slug));
      if (missing.length > 0) {
        throw new AssessmentRuleError('not-open-yet', 'The assessment opens when you have completed every lesson.', missing);
      }
    }
    const previous = await tx.select().from(submission).where(eq(submission.enrolmentId, enrolled.id)).orderBy(desc(submission.attemptNumber));
    const latest = previous[0];
    if (latest && OPEN_STATUSES.has(latest.status)) {
      throw new AssessmentRuleError('attempt-open', `Attempt ${latest.attemptNumber} is still open: continue it instead of starting another.`);
    }
    if (latest) {
      // Moderation moves a decided attempt through further states; the signed outcome is what counts.
      const [decided] = await tx
        .select({ outcome: assessment.outcome })
        .from(assessment)
        .where(and(eq(assessment.submissionId, latest.id), eq(assessment.status, 'signed')))
        .orderBy(desc(assessment.round))
        .limit(1);
      if (decided?.outcome !== 'not_yet_competent') {
        throw new AssessmentRuleError('attempt-open', 'Your assessment has been decided Competent: there is nothing more to submit.');
      }
    }
    if (previous.length >= settings.maxAttempts) {
      throw new AssessmentRuleError('no-attempts-left', `You have used all ${settings.maxAttempts} attempts. Speak to your assessor about an appeal or the next steps.`);
    }
    const attemptNumber = (latest?.attemptNumber ?? 0) + 1;
    const seed = randomBytes(8).toString('hex');
    const id = randomUUID();
    await tx.insert(submission).values({ id, enrolmentId: enrolled.id, learnerId, attemptNumber, itemSeed: seed, courseVersion: courseVersion() });
    // A resubmission draws items the learner has not met before, while the banks have them.
    const earlier =
      previous.length === 0
        ? []
        : await tx
            .select({ bankId: submissionItem.bankId, itemKey: submissionItem.itemKey })
            .from(submissionItem)
            .where(inArray(submissionItem.submissionId, previous.map((row) => row.id)));
    let position = 0;
    const rows: (typeof submissionItem.$inferInsert)[] = [];
    for (const part of content.definition.parts) {
      const bank = content.banks.get(part.bank);
      if (!bank) continue;
      const seen = new Set(earlier.filter((row) => row.bankId === part.bank).map((row) => row.itemKey.slice(part.bank.length + 1)));
      for (const item of drawItems(bank, deriveSeed(seed, part.bank), seen)) {
        rows.push({ submissionId: id, itemKey: `${part.bank}/${item.id}`, bankId: part.bank, position: position++, acs: item.acs });
      }
    }
    await tx.insert(submissionItem).values(rows);
    await writeAudit(tx, { id: learnerId, role: 'learner' }, { type: 'submission', id }, { type: 'submission.started', data: { attemptNumber, items: rows.length } });
    // Keep the enrolment open again while a resubmission is in progress.
    await tx.update(enrolment).set({ status: 'active' }).where(eq(enrolment.id, enrolled.id));
    return id;
  });
}
