import { and, asc, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import type { Db } from '@/lib/db/open-database';
import { enrolment, profile, submission } from '@/lib/db/schema';

/**
 * The oldest attempt still waiting for this assessor's judgement (new, resubmitted, in progress or
 * referred back), other than the one just dealt with: where "next submission" goes, so marking thirty
 * in a sitting never means returning to the queue between them. Attempts returned to the learner wait
 * for the learner, not the assessor, and are skipped.
 */
export async function nextToAssess(db: Db, assessorId: string, exceptSubmissionId: string | null): Promise<{ submissionId: string; learnerName: string } | null> {
  const [row] = await db
    .select({ submissionId: submission.id, learnerName: profile.fullName })
    .from(submission)
    .innerJoin(enrolment, eq(enrolment.id, submission.enrolmentId))
    .innerJoin(profile, eq(profile.userId, submission.learnerId))
    .where(
      and(
        eq(enrolment.assessorId, assessorId),
        inArray(submission.status, ['submitted', 'in_assessment', 'referred']),
        isNotNull(submission.submittedAt),
        exceptSubmissionId ? ne(submission.id, exceptSubmissionId) : undefined,
      ),
    )
    .orderBy(asc(submission.submittedAt), asc(submission.id))
    .limit(1);
  return row ?? null;
}
