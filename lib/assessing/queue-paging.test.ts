import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { assessorQueue, parseQueueCursor, QUEUE_PAGE_SIZE, type QueuePage } from '@/lib/assessing/queue';
import { person } from '@/lib/assessment/testing/fixtures';
import { createCohort } from '@/lib/cohorts/cohorts';
import { moveLearners } from '@/lib/cohorts/move-learners';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { COURSE_ID } from '@/lib/content/course-version';
import { enrolment, profile, submission, user } from '@/lib/db/schema';
import { inArray } from 'drizzle-orm';
import type { SubmissionStatus } from '@/lib/db/schema/assessment';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';

const handles = new Map<string, DatabaseHandle>();
beforeAll(async () => {
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
}, 60_000);
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
});

type Attempt = { status: SubmissionStatus; attemptNumber: number; submittedAt: Date };

/** Learners assigned to the assessor with `attempts` each, inserted in bulk (no sign-in needed). */
async function learnersWith(handle: DatabaseHandle, assessorId: string, perLearner: Attempt[][]): Promise<string[]> {
  const learners = perLearner.map((attempts) => ({ learnerId: randomUUID(), enrolmentId: randomUUID(), attempts: attempts.map((attempt) => ({ ...attempt, id: randomUUID() })) }));
  await handle.db.insert(user).values(learners.map(({ learnerId }) => ({ id: learnerId, name: 'Queue Learner', email: `queue-${learnerId}@example.co.za` })));
  await handle.db.insert(profile).values(learners.map(({ learnerId }) => ({ userId: learnerId, role: 'learner' as const, fullName: 'Queue Learner' })));
  await handle.db.insert(enrolment).values(learners.map(({ learnerId, enrolmentId }) => ({ id: enrolmentId, learnerId, courseId: COURSE_ID, courseVersion: 'test', assessorId })));
  const attempts = learners.flatMap(({ learnerId, enrolmentId, attempts }) => attempts.map((attempt) => ({ ...attempt, enrolmentId, learnerId, itemSeed: 'test', courseVersion: 'test' })));
  await handle.db.insert(submission).values(attempts);
  return attempts.map((attempt) => attempt.id);
}

const query = (link: string | null) => Object.fromEntries(new URLSearchParams(link ?? '').entries());

for (const kind of TEST_DATABASE_KINDS) {
  const db = () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    return handle;
  };

  test(`${kind}: next and previous links walk the whole queue oldest first, each attempt once, ties in a fixed order`, async () => {
    const assessorId = await person(db(), 'Paging Assessor', 'assessor', 'P1');
    const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 8, minute));
    // Groups of three submitted in the same instant, so page edges fall inside a tie.
    const ids = await learnersWith(db(), assessorId, Array.from({ length: 2 * QUEUE_PAGE_SIZE + 7 }, (_, n) => [{ status: 'submitted', attemptNumber: 1, submittedAt: at(Math.floor(n / 3)) }]));
    const minuteOf = (id: string) => Math.floor(ids.indexOf(id) / 3);
    const oldestFirst = [...ids].sort((a, b) => minuteOf(a) - minuteOf(b) || (a < b ? -1 : 1));

    const pages: QueuePage[] = [await assessorQueue(db().db, assessorId)];
    for (let page = pages[0]; page?.next; ) {
      page = await assessorQueue(db().db, assessorId, parseQueueCursor(query(page.next)));
      pages.push(page);
    }
    expect(pages.map((page) => page.entries.length)).toEqual([QUEUE_PAGE_SIZE, QUEUE_PAGE_SIZE, 7]);
    expect(pages.flatMap((page) => page.entries.map((entry) => entry.submissionId))).toEqual(oldestFirst);
    expect(pages[0]?.previous).toBeNull();
    expect(pages[2]?.next).toBeNull();
    expect(pages[0]?.total).toBe(ids.length);

    const back = await assessorQueue(db().db, assessorId, parseQueueCursor(query(pages[2]?.previous ?? null)));
    expect(back.entries.map((entry) => entry.submissionId)).toEqual(pages[1]?.entries.map((entry) => entry.submissionId));
    const first = await assessorQueue(db().db, assessorId, parseQueueCursor(query(back.previous)));
    expect(first.entries.map((entry) => entry.submissionId)).toEqual(pages[0]?.entries.map((entry) => entry.submissionId));
    expect(first.previous).toBeNull();
  });

  test(`${kind}: the counts name each kind of waiting attempt and leave out returned work the learner has moved on from`, async () => {
    const assessorId = await person(db(), 'Counting Assessor', 'assessor', 'C1');
    const otherAssessorId = await person(db(), 'Other Assessor', 'assessor', 'C2');
    const at = new Date(Date.UTC(2026, 2, 3, 8));
    await learnersWith(db(), assessorId, [
      [{ status: 'submitted', attemptNumber: 1, submittedAt: at }],
      [{ status: 'not_yet_competent', attemptNumber: 1, submittedAt: at }, { status: 'submitted', attemptNumber: 2, submittedAt: at }],
      [{ status: 'in_assessment', attemptNumber: 1, submittedAt: at }],
      [{ status: 'referred', attemptNumber: 1, submittedAt: at }],
      [{ status: 'not_yet_competent', attemptNumber: 1, submittedAt: at }],
      [{ status: 'competent', attemptNumber: 1, submittedAt: at }],
    ]);
    await learnersWith(db(), otherAssessorId, [[{ status: 'submitted', attemptNumber: 1, submittedAt: at }]]);
    const queue = await assessorQueue(db().db, assessorId);
    expect(queue.counts).toEqual({ awaiting: 1, resubmitted: 1, 'in-progress': 1, referred: 1, returned: 1 });
    expect(queue.total).toBe(5);
    expect(queue.entries.map((entry) => entry.category).sort()).toEqual(['awaiting', 'in-progress', 'referred', 'resubmitted', 'returned']);
    expect(queue.previous).toBeNull();
    expect(queue.next).toBeNull();
  });

  test(`${kind}: an assessor narrowed to one cohort sees and counts that cohort's attempts only`, async () => {
    const assessorId = await person(db(), 'Cohort Queue Assessor', 'assessor', 'CQ1');
    const admin = { id: await person(db(), 'Cohort Queue Admin', 'admin'), role: 'admin' as const };
    const at = new Date(Date.UTC(2026, 3, 1, 9));
    const ids = await learnersWith(db(), assessorId, [[{ status: 'submitted', attemptNumber: 1, submittedAt: at }], [{ status: 'in_assessment', attemptNumber: 1, submittedAt: at }], [{ status: 'submitted', attemptNumber: 1, submittedAt: at }]]);
    const learnerIds = (await db().db.select({ learnerId: submission.learnerId }).from(submission).where(inArray(submission.id, ids))).map((row) => row.learnerId);
    const cohortId = await createCohort(db().db, admin, { name: `Queue cohort ${kind}`, startsOn: '2026-03-01', endsOn: '2026-09-30' });
    await moveLearners(db().db, admin, learnerIds.slice(0, 2), { cohortId });
    const narrowed = await assessorQueue(db().db, assessorId, null, cohortId);
    const inCohort = (await db().db.select({ id: submission.id }).from(submission).where(inArray(submission.learnerId, learnerIds.slice(0, 2)))).map((row) => row.id);
    expect(narrowed.entries.map((entry) => entry.submissionId).sort()).toEqual([...inCohort].sort());
    expect(narrowed.counts).toMatchObject({ awaiting: 1, 'in-progress': 1 });
    expect(narrowed.total).toBe(2);
    expect((await assessorQueue(db().db, assessorId)).total).toBe(3);
  });

  test(`${kind}: a cursor that is malformed or no longer leads anywhere shows the first page`, async () => {
    expect(parseQueueCursor({ after: "1'; drop table submission; --" })).toBeNull();
    expect(parseQueueCursor({ page: '3' })).toBeNull();
    const assessorId = await person(db(), 'Moved Assessor', 'assessor', 'M1');
    const [only] = await learnersWith(db(), assessorId, [[{ status: 'submitted', attemptNumber: 1, submittedAt: new Date(Date.UTC(2026, 2, 4)) }]]);
    const beyond = await assessorQueue(db().db, assessorId, parseQueueCursor({ after: `99999999999999999_${randomUUID()}` }));
    expect(beyond.entries.map((entry) => entry.submissionId)).toEqual([only]);
    expect(beyond.previous).toBeNull();
  });
}
