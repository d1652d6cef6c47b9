import { and, asc, eq, inArray, ne, not, or, sql } from 'drizzle-orm';
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

/** The queue's condition: this assessor's learners, waiting states, and no returned attempt whose learner has moved on. */
function queueCondition(assessorId: string) {
  const movedOn = sql`exists (select 1 from submission as later_attempt where later_attempt.enrolment_id = ${submission.enrolmentId} and later_attempt.attempt_number > ${submission.attemptNumber})`;
  return and(eq(enrolment.assessorId, assessorId), inArray(submission.status, QUEUE_STATUSES), or(ne(submission.status, 'not_yet_competent'), not(movedOn)));
}

export type QueuePage = { entries: QueueEntry[]; counts: Record<QueueCategory, number>; total: number };

export const QUEUE_PAGE_SIZE = 50;

/** The assessor's work: submissions of their assigned learners only, oldest first, a page at a time. */
export async function assessorQueue(db: Db, assessorId: string, page = 0): Promise<QueuePage> {
  const rows = await db
    .select({
      submissionId: submission.id,
      learnerName: profile.fullName,
      attemptNumber: submission.attemptNumber,
      status: submission.status,
      submittedAt: submission.submittedAt,
    })
    .from(submission)
    .innerJoin(enrolment, eq(enrolment.id, submission.enrolmentId))
    .innerJoin(profile, eq(profile.userId, submission.learnerId))
    .where(queueCondition(assessorId))
    .orderBy(asc(submission.submittedAt), asc(submission.id))
    .limit(QUEUE_PAGE_SIZE)
    .offset(Math.max(0, page) * QUEUE_PAGE_SIZE);
  const grouped = await db
    .select({ status: submission.status, resubmitted: sql<boolean>`${submission.attemptNumber} > 1`, count: sql<number>`count(*)::int` })
    .from(submission)
    .innerJoin(enrolment, eq(enrolment.id, submission.enrolmentId))
    .where(queueCondition(assessorId))
    .groupBy(submission.status, sql`${submission.attemptNumber} > 1`);
  const counts: Record<QueueCategory, number> = { awaiting: 0, resubmitted: 0, 'in-progress': 0, referred: 0, returned: 0 };
  for (const group of grouped) counts[categoryOf(group.status, group.resubmitted ? 2 : 1)] += group.count;
  return {
    entries: rows.map((row) => ({ ...row, category: categoryOf(row.status, row.attemptNumber) })),
    counts,
    total: Object.values(counts).reduce((sum, n) => sum + n, 0),
  };
}
