import { and, asc, desc, eq, inArray, isNotNull, ne, not, or, sql } from 'drizzle-orm';
import { z } from 'zod';
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

/** Must match the condition of `submission_queue_idx` (migration 0010), so the queue reads that index. */
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

const movedOn = sql`exists (select 1 from submission as later_attempt where later_attempt.enrolment_id = ${submission.enrolmentId} and later_attempt.attempt_number > ${submission.attemptNumber})`;

/** The queue's condition: this assessor's learners, waiting states, and no returned attempt whose learner has moved on. */
function queueCondition(assessorId: string, cohortId: string | null) {
  return and(
    eq(enrolment.assessorId, assessorId),
    cohortId ? eq(enrolment.cohortId, cohortId) : undefined,
    inArray(submission.status, QUEUE_STATUSES),
    isNotNull(submission.submittedAt),
    or(ne(submission.status, 'not_yet_competent'), not(movedOn)),
  );
}

/**
 * Where a page starts: after or before one attempt in waiting order. The attempt's place is its
 * submission time in whole microseconds (the database's precision, which a JavaScript date would
 * round) and its id, which breaks ties between attempts submitted in the same instant.
 */
export type QueueCursor = { direction: 'after' | 'before'; micros: string; submissionId: string };

const CursorText = z.string().regex(/^\d{1,20}_[\w-]{1,100}$/);

/** The cursor in `?after=` or `?before=`; anything else (or nothing) means the first page. */
export function parseQueueCursor(query: Record<string, string | string[] | undefined>): QueueCursor | null {
  for (const direction of ['after', 'before'] as const) {
    const parsed = CursorText.safeParse(query[direction]);
    if (!parsed.success) continue;
    const [micros = '', ...id] = parsed.data.split('_');
    return { direction, micros, submissionId: id.join('_') };
  }
  return null;
}

export type QueuePage = {
  entries: QueueEntry[];
  counts: Record<QueueCategory, number>;
  total: number;
  /** Query strings of the neighbouring pages, such as `after=…`; null where there is none. */
  previous: string | null;
  next: string | null;
};

export const QUEUE_PAGE_SIZE = 50;

async function pageRows(db: Db, assessorId: string, cursor: QueueCursor | null, cohortId: string | null) {
  const place = sql`(${submission.submittedAt}, ${submission.id})`;
  const at = cursor ? sql`(timestamptz 'epoch' + ${cursor.micros}::bigint * interval '1 microsecond', ${cursor.submissionId}::text)` : null;
  const backwards = cursor?.direction === 'before';
  const rows = await db
    .select({
      submissionId: submission.id,
      learnerName: profile.fullName,
      attemptNumber: submission.attemptNumber,
      status: submission.status,
      submittedAt: submission.submittedAt,
      micros: sql<string>`floor(extract(epoch from ${submission.submittedAt}) * 1000000)::bigint::text`,
    })
    .from(submission)
    .innerJoin(enrolment, eq(enrolment.id, submission.enrolmentId))
    .innerJoin(profile, eq(profile.userId, submission.learnerId))
    .where(and(queueCondition(assessorId, cohortId), at ? (backwards ? sql`${place} < ${at}` : sql`${place} > ${at}`) : undefined))
    .orderBy(...(backwards ? [desc(submission.submittedAt), desc(submission.id)] : [asc(submission.submittedAt), asc(submission.id)]))
    .limit(QUEUE_PAGE_SIZE + 1);
  const more = rows.length > QUEUE_PAGE_SIZE;
  const page = rows.slice(0, QUEUE_PAGE_SIZE);
  return { rows: backwards ? page.reverse() : page, more };
}

const cursorOf = (direction: 'after' | 'before', row: { micros: string; submissionId: string }) => `${direction}=${row.micros}_${row.submissionId}`;

/**
 * The assessor's work: submissions of their assigned learners only (of one cohort, when given), oldest first, a page at a
 * time. Pages are found by where they start in waiting order (never by skipping rows), so a late
 * page costs what the first does; a page whose cursor no longer leads anywhere (its attempts were
 * all judged meanwhile) falls back to the first page.
 */
export async function assessorQueue(db: Db, assessorId: string, cursor: QueueCursor | null = null, cohortId: string | null = null): Promise<QueuePage> {
  const [counts, firstTry] = await Promise.all([queueCounts(db, assessorId, cohortId), pageRows(db, assessorId, cursor, cohortId)]);
  let found = firstTry;
  let from = cursor;
  if (from && (from.direction === 'before' ? found.rows.length < QUEUE_PAGE_SIZE : found.rows.length === 0)) {
    from = null;
    found = await pageRows(db, assessorId, null, cohortId);
  }
  const first = found.rows[0];
  const last = found.rows.at(-1);
  const backwards = from?.direction === 'before';
  // Moving back, the page just left lies ahead; moving forward, the page just left lies behind.
  const hasPrevious = backwards ? found.more : from !== null;
  const hasNext = backwards || found.more;
  return {
    entries: found.rows.map(({ micros: _micros, ...row }) => ({ ...row, category: categoryOf(row.status, row.attemptNumber) })),
    counts,
    total: Object.values(counts).reduce((sum, n) => sum + n, 0),
    previous: hasPrevious && first ? cursorOf('before', first) : null,
    next: hasNext && last ? cursorOf('after', last) : null,
  };
}

/**
 * How many attempts wait in each category: counted from this assessor's enrolments through the
 * queue's own index, so other assessors' learners and finished attempts are never read; whether a
 * returned attempt's learner has moved on is asked of returned attempts alone.
 */
async function queueCounts(db: Db, assessorId: string, cohortId: string | null): Promise<Record<QueueCategory, number>> {
  const waiting = and(eq(enrolment.assessorId, assessorId), cohortId ? eq(enrolment.cohortId, cohortId) : undefined, inArray(submission.status, QUEUE_STATUSES), isNotNull(submission.submittedAt));
  const [row] = await db
    .select({
      awaiting: sql<number>`count(*) filter (where ${submission.status} = 'submitted' and ${submission.attemptNumber} = 1)::int`,
      resubmitted: sql<number>`count(*) filter (where ${submission.status} = 'submitted' and ${submission.attemptNumber} > 1)::int`,
      inProgress: sql<number>`count(*) filter (where ${submission.status} = 'in_assessment')::int`,
      referred: sql<number>`count(*) filter (where ${submission.status} = 'referred')::int`,
      returned: sql<number>`count(*) filter (where ${submission.status} = 'not_yet_competent')::int`,
    })
    .from(submission)
    .innerJoin(enrolment, eq(enrolment.id, submission.enrolmentId))
    .where(waiting);
  const [movedOnCount] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(submission)
    .innerJoin(enrolment, eq(enrolment.id, submission.enrolmentId))
    .where(and(waiting, eq(submission.status, 'not_yet_competent'), movedOn));
  return {
    awaiting: row?.awaiting ?? 0,
    resubmitted: row?.resubmitted ?? 0,
    'in-progress': row?.inProgress ?? 0,
    referred: row?.referred ?? 0,
    returned: (row?.returned ?? 0) - (movedOnCount?.n ?? 0),
  };
}
