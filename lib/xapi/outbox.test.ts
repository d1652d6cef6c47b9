import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { person } from '@/lib/assessment/testing/fixtures';
import { job } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from '@/lib/db/testing/test-databases';
import { syncProgress } from '@/lib/progress/progress-store-db';
import { type LearningEvent, LearningEventSchema } from '@/lib/xapi/learning-events';
import { queueLearningEvent, XAPI_ATTEMPTS, XAPI_JOB } from '@/lib/xapi/outbox';

const handles = new Map<string, TestDatabase>();
beforeAll(async () => {
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
}, 60_000);
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
});

async function queued(handle: TestDatabase, learnerId: string): Promise<LearningEvent[]> {
  const rows = await handle.db.select().from(job).where(eq(job.kind, XAPI_JOB));
  return rows.map((row) => LearningEventSchema.parse(row.payload)).filter((event) => event.learnerId === learnerId);
}

const answer = (value: boolean, attempts: number, answeredAt: string) => ({ response: { type: 'truefalse' as const, value }, score: value ? 1 : 0, attempts, answeredAt });

for (const kind of TEST_DATABASE_KINDS) {
  const handleOf = () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    return handle;
  };

  test(`${kind}: a learning event joins the outbox only with a record store configured, and not at all if its change is rolled back`, async () => {
    const handle = handleOf();
    const learnerId = await person(handle, 'Outbox Learner', 'learner');
    const event: LearningEvent = { type: 'attempt.submitted', learnerId, submissionId: 'submission-1', attemptNumber: 1, at: '2026-03-02T08:00:00.000Z' };
    await queueLearningEvent(handle.db, event, false);
    expect(await queued(handle, learnerId)).toEqual([]);
    await expect(
      handle.db.transaction(async (tx) => {
        await queueLearningEvent(tx, event, true);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await queued(handle, learnerId)).toEqual([]);
    await queueLearningEvent(handle.db, event, true);
    expect(await queued(handle, learnerId)).toEqual([event]);
    const [row] = await handle.db.select().from(job).where(eq(job.kind, XAPI_JOB));
    expect(row?.maxAttempts).toBe(XAPI_ATTEMPTS);
  });

  test(`${kind}: a progress sync queues a statement for each lesson first opened or completed and each answer it stores, and a repeated sync queues none`, async () => {
    const handle = handleOf();
    const learnerId = await person(handle, 'Progress Statements', 'learner');
    const first = {
      lessons: { '01-welcome-and-assessment': { openedAt: '2026-03-02T08:00:00.000Z', completedAt: '2026-03-02T08:30:00.000Z' }, '02-customer-relationships-and-slas': { openedAt: '2026-03-02T09:00:00.000Z', completedAt: null } },
      answers: { 'check/q1': answer(true, 1, '2026-03-02T08:20:00.000Z'), 'check/q2': { response: { type: 'written' as const, text: 'I would escalate it.' }, score: 0, attempts: 1, answeredAt: '2026-03-02T08:25:00.000Z' } },
    };
    await syncProgress(handle.db, learnerId, first, true);
    const afterFirst = await queued(handle, learnerId);
    const summary = (events: LearningEvent[]) =>
      events
        .map((event) => (event.type === 'question.answered' ? `${event.type} ${event.questionId} ${event.score} ${Date.parse(event.at)}` : `${event.type} ${'lessonSlug' in event ? event.lessonSlug : ''} ${Date.parse(event.at)}`))
        .sort();
    expect(summary(afterFirst)).toEqual(
      [
        `lesson.completed 01-welcome-and-assessment ${Date.parse('2026-03-02T08:30:00.000Z')}`,
        `lesson.opened 01-welcome-and-assessment ${Date.parse('2026-03-02T08:00:00.000Z')}`,
        `lesson.opened 02-customer-relationships-and-slas ${Date.parse('2026-03-02T09:00:00.000Z')}`,
        `question.answered q1 1 ${Date.parse('2026-03-02T08:20:00.000Z')}`,
        // A written answer is saved, not scored, so its statement carries no score.
        `question.answered q2 null ${Date.parse('2026-03-02T08:25:00.000Z')}`,
      ].sort(),
    );

    await syncProgress(handle.db, learnerId, first, true);
    expect(await queued(handle, learnerId)).toHaveLength(afterFirst.length);

    // Lesson 2 completed and a newer answer to q1: two statements more; a stale answer to q2 adds none.
    await syncProgress(
      handle.db,
      learnerId,
      {
        lessons: { '02-customer-relationships-and-slas': { openedAt: '2026-03-02T09:00:00.000Z', completedAt: '2026-03-02T09:40:00.000Z' } },
        answers: { 'check/q1': answer(false, 2, '2026-03-02T09:10:00.000Z'), 'check/q2': { response: { type: 'written', text: 'older' }, score: 0, attempts: 1, answeredAt: '2026-03-01T08:00:00.000Z' } },
      },
      true,
    );
    const added = summary(await queued(handle, learnerId)).filter((line) => !summary(afterFirst).includes(line));
    expect(added).toEqual([`lesson.completed 02-customer-relationships-and-slas ${Date.parse('2026-03-02T09:40:00.000Z')}`, `question.answered q1 0 ${Date.parse('2026-03-02T09:10:00.000Z')}`]);
  });

  test(`${kind}: without a record store a progress sync writes no outbox rows`, async () => {
    const handle = handleOf();
    const learnerId = await person(handle, 'No Store', 'learner');
    await syncProgress(handle.db, learnerId, { lessons: { '01-welcome-and-assessment': { openedAt: '2026-03-02T08:00:00.000Z', completedAt: null } }, answers: { 'check/q1': answer(true, 1, '2026-03-02T08:20:00.000Z') } }, false);
    expect(await queued(handle, learnerId)).toEqual([]);
  });
}
