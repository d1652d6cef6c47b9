import { eq } from 'drizzle-orm';
import type { JudgementForm } from '@/lib/assessing/judgement-schema';
import { ALL_ACS } from '@/lib/assessment/testing/fixtures';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { submission } from '@/lib/db/schema';

const NYC_FEEDBACK = 'Look again at how you set priorities from impact and urgency, then resubmit.';

/** A judgement form deciding every criterion: met, except the codes in `notYet`. */
export function judgementForm(submissionId: string, revision: number, notYet: readonly string[] = [], feedback = notYet.length > 0 ? NYC_FEEDBACK : ''): JudgementForm {
  return {
    submissionId,
    revision,
    feedback,
    judgements: Object.fromEntries(ALL_ACS.map((code) => [code, { met: notYet.includes(code) ? 'not_yet' : 'met', comment: '' }])),
  };
}

/** The submission's status and revision as stored now. */
export async function submissionState(handle: DatabaseHandle, id: string): Promise<{ status: string; revision: number }> {
  const [row] = await handle.db.select({ status: submission.status, revision: submission.revision }).from(submission).where(eq(submission.id, id));
  return row ?? { status: 'missing', revision: -1 };
}
