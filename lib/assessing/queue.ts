import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/lib/db/open-database';
import { enrolment, profile, submission } from '@/lib/db/schema';
import type { SubmissionStatus } from '@/lib/db/schema/assessment';

export type QueueCategory = 'awaiting' | 'resubmitted' | 'in-progress' | 'referred' | 'returned';

export type QueueEntry = {
  submissionId: string;
  learnerName: string;
  attemptNumber: number;
  status: SubmissionStatus;
  category: QueueCategory;
  submittedAt: Date | null;
};

const QUEUE_STATUSES: SubmissionStatus[] = ['submitted', 'in_assessment', 'referred', 'not_yet_competent'];

export const CATEGORY_LABELS: Record<QueueCategory, string> = {
  awaiting: 'Awaiting assessment',
  resubmitted: 'Resubmitted',
  'in-progress': 'Assessment in progress',
  referred: 'Referred back by the moderator',
  returned: 'Returned to the learner',
};

function categoryOf(status: SubmissionStatus, attemptNumber: number): QueueCategory {
  if (status === 'in_assessment') return 'in-progress';
  if (status === 'referred') return 'referred';
  if (status === 'not_yet_competent') return 'returned';
  return attemptNumber > 1 ? 'resubmitted' : 'awaiting';
}

/** The assessor's work: submissions of their assigned learners only, oldest first. */
export async function assessorQueue(db: Db, assessorId: string): Promise<QueueEntry[]> {
  const rows = await db
    .select({
      submissionId: submission.id,
      learnerName: profile.fullName,
      attemptNumber: submission.attemptNumber,
      status: submission.status,
      submittedAt: submission.submittedAt,
      enrolmentId: submission.enrolmentId,
    })
    .from(submission)
    .innerJoin(enrolment, eq(enrolment.id, submission.enrolmentId))
    .innerJoin(profile, eq(profile.userId, submission.learnerId))
    .where(and(eq(enrolment.assessorId, assessorId), inArray(submission.status, QUEUE_STATUSES)))
    .orderBy(asc(submission.submittedAt));
  // A returned attempt leaves the queue once its learner has started the next one.
  const returned = rows.filter((row) => row.status === 'not_yet_competent').map((row) => row.enrolmentId);
  const later =
    returned.length === 0
      ? []
      : await db.select({ enrolmentId: submission.enrolmentId, attemptNumber: submission.attemptNumber }).from(submission).where(inArray(submission.enrolmentId, returned));
  const newest = new Map<string, number>();
  for (const row of later) newest.set(row.enrolmentId, Math.max(newest.get(row.enrolmentId) ?? 0, row.attemptNumber));
  return rows
    .filter((row) => row.status !== 'not_yet_competent' || (newest.get(row.enrolmentId) ?? 0) <= row.attemptNumber)
    .map(({ enrolmentId: _enrolment, ...row }) => ({ ...row, category: categoryOf(row.status, row.attemptNumber) }));
}
