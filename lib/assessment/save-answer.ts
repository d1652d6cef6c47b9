import { and, eq, sql } from 'drizzle-orm';
import { findItem } from '@/lib/assessment/find-item';
import { AssessmentRuleError } from '@/lib/assessment/assessment-errors';
import { checkDraftResponse } from '@/lib/assessment/check-response';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import type { Db } from '@/lib/db/open-database';
import { submission, submissionItem } from '@/lib/db/schema';

export const LOCKED_MESSAGE = 'This attempt has been submitted and can no longer be changed.';

/**
 * Autosaves one answer of the learner's own draft attempt. Another learner's submission id finds
 * nothing; a locked attempt, an item outside this attempt's draw or a response of the wrong shape
 * is refused and nothing changes.
 */
export async function saveAnswer(db: Db, learnerId: string, assessment: LoadedAssessment, submissionId: string, itemKey: string, raw: unknown): Promise<{ savedAt: Date; revision: number }> {
  const question = findItem(assessment, itemKey);
  return db.transaction(async (tx) => {
    const [owned] = await tx
      .select({ status: submission.status })
      .from(submission)
      .where(and(eq(submission.id, submissionId), eq(submission.learnerId, learnerId)))
      .for('update');
    if (!owned) throw new AssessmentRuleError('not-found', 'There is no such attempt.');
    if (owned.status !== 'draft') throw new AssessmentRuleError('locked', LOCKED_MESSAGE);
    const [item] = await tx
      .select({ itemKey: submissionItem.itemKey })
      .from(submissionItem)
      .where(and(eq(submissionItem.submissionId, submissionId), eq(submissionItem.itemKey, itemKey)));
    if (!item || !question) throw new AssessmentRuleError('not-in-draw', 'That question is not part of this attempt.');
    const checked = checkDraftResponse(question, raw);
    if (!checked.ok) throw new AssessmentRuleError('wrong-shape', checked.message);
    const savedAt = new Date();
    await tx
      .update(submissionItem)
      .set({ response: checked.response, updatedAt: savedAt })
      .where(and(eq(submissionItem.submissionId, submissionId), eq(submissionItem.itemKey, itemKey)));
    const [updated] = await tx
      .update(submission)
      .set({ updatedAt: savedAt, revision: sql`${submission.revision} + 1` })
      .where(eq(submission.id, submissionId))
      .returning({ revision: submission.revision });
    return { savedAt, revision: updated?.revision ?? 0 };
  });
}
