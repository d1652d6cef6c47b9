import { and, eq, sql } from 'drizzle-orm';
import { AssessmentRuleError } from '@/lib/assessment/assessment-errors';
import { checkDraftResponse } from '@/lib/assessment/check-response';
import { findItem } from '@/lib/assessment/find-item';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import type { Db } from '@/lib/db/open-database';
import { submission, submissionItem } from '@/lib/db/schema';
import { isRecordId } from '@/lib/forms/storable-text';

export const LOCKED_MESSAGE = 'This attempt has been submitted and can no longer be changed.';

const NOT_FOUND = 'There is no such attempt.';
const NOT_IN_DRAW = 'That question is not part of this attempt.';

/**
 * Autosaves one answer of the learner's own draft attempt. Another learner's submission id finds
 * nothing; a locked attempt, an item outside this attempt's draw or a response of the wrong shape
 * is refused and nothing changes.
 *
 * The save is one statement: it raises the attempt's revision only where the attempt is this
 * learner's, still a draft and has the item in its draw, and writes the answer only where that
 * happened. A submit holds the attempt's row while it closes it, so a save that arrives meanwhile
 * waits, sees the attempt no longer a draft and changes nothing; a save that came first raised the
 * revision, which the submit then refuses as stale. No lock is taken and nothing is read first.
 */
export async function saveAnswer(db: Db, learnerId: string, assessment: LoadedAssessment, submissionId: string, itemKey: string, raw: unknown): Promise<{ savedAt: Date; revision: number }> {
  // An id no attempt could have is refused before the database is asked.
  if (!isRecordId(submissionId)) throw new AssessmentRuleError('not-found', NOT_FOUND);
  const question = findItem(assessment, itemKey);
  const checked = question ? checkDraftResponse(question, raw) : null;
  if (checked?.ok) {
    const savedAt = new Date();
    const result = (await db.execute(sql`
      with opened as (
        update ${submission} set revision = revision + 1, updated_at = ${savedAt.toISOString()}
        where id = ${submissionId} and learner_id = ${learnerId} and status = 'draft'
          and exists (select 1 from ${submissionItem} where submission_id = ${submissionId} and item_key = ${itemKey})
        returning revision
      ), saved as (
        update ${submissionItem} set response = ${JSON.stringify(checked.response)}::jsonb, updated_at = ${savedAt.toISOString()}
        from opened
        where submission_id = ${submissionId} and item_key = ${itemKey}
        returning 1
      )
      select opened.revision from opened, saved`)) as unknown as { rows: { revision: number }[] };
    const [row] = result.rows;
    if (row) return { savedAt, revision: Number(row.revision) };
  }
  throw await refusal(db, learnerId, submissionId, itemKey, question ? checked : null);
}

/** Why a save changed nothing, read only then, in the order a learner should hear it. */
async function refusal(db: Db, learnerId: string, submissionId: string, itemKey: string, checked: ReturnType<typeof checkDraftResponse> | null): Promise<AssessmentRuleError> {
  const [owned] = await db
    .select({ status: submission.status, inDraw: sql<boolean>`exists (select 1 from ${submissionItem} where submission_id = ${submission.id} and item_key = ${itemKey})` })
    .from(submission)
    .where(and(eq(submission.id, submissionId), eq(submission.learnerId, learnerId)));
  if (!owned) return new AssessmentRuleError('not-found', NOT_FOUND);
  if (owned.status !== 'draft') return new AssessmentRuleError('locked', LOCKED_MESSAGE);
  if (!owned.inDraw || !checked) return new AssessmentRuleError('not-in-draw', NOT_IN_DRAW);
  if (!checked.ok) return new AssessmentRuleError('wrong-shape', checked.message);
  // Everything checks out now, so the attempt changed between the save and this read (for
  // example it was submitted and reopened): the learner's answer did not land, and saying the
  // attempt changed under them is the true account.
  return new AssessmentRuleError('stale', 'This attempt changed while your answer was being saved. Reload the page and save it again.');
}
