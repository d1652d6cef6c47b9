import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { job } from '@/lib/db/schema';
import { openTestDatabase, type TestDatabase } from '@/lib/db/testing/test-databases';
import { runNextJob } from '@/lib/jobs/run-next-job';
import { deliverStatement } from '@/lib/xapi/deliver-statement';
import { queueLearningEvent, XAPI_JOB } from '@/lib/xapi/outbox';
import { statementProblems } from '@/lib/xapi/testing/independent-validator';
import { type LocalRecordStore, startLocalRecordStore } from '@/lib/xapi/testing/local-record-store';

const SITE = { baseUrl: 'https://course.example.co.za', course: { id: 'us114052-customer-care', title: 'Customer care in IT support' } };

let handle: TestDatabase;
let store: LocalRecordStore;
beforeAll(async () => {
  handle = await openTestDatabase('pglite');
  store = await startLocalRecordStore();
}, 60_000);
afterAll(async () => {
  await store.close();
  await handle.close();
});

const handlers = () => ({ [XAPI_JOB]: (_db: unknown, claimed: { id: string; payload: unknown }) => deliverStatement(claimed, store, SITE) });

test('a statement waits in the outbox while the record store is down, with a backoff, and is stored once when it is back', async () => {
  await handle.db.delete(job);
  await queueLearningEvent(handle.db, { type: 'lesson.completed', learnerId: 'learner-1', lessonSlug: '05-escalating-problems', at: '2026-03-02T08:00:00.000Z' }, true);
  // Rows are due from the moment they are written; the worker's clock runs on from there.
  const start = new Date(Date.now() + 1000);
  store.down = true;
  expect(await runNextJob(handle.db, handlers(), 'worker-a', () => start)).toMatchObject({ kind: 'retrying' });
  const [waiting] = await handle.db.select().from(job);
  expect(waiting).toMatchObject({ state: 'queued', attempts: 1 });
  expect(waiting?.lastError).toContain('503');
  expect(waiting?.runAfter.getTime()).toBeGreaterThan(start.getTime());
  // Not due yet: nothing is tried again before the backoff has passed.
  expect(await runNextJob(handle.db, handlers(), 'worker-a', () => start)).toEqual({ kind: 'idle' });

  store.down = false;
  const later = new Date(start.getTime() + 60 * 60 * 1000);
  expect(await runNextJob(handle.db, handlers(), 'worker-a', () => later)).toMatchObject({ kind: 'done' });
  expect([...store.statements.keys()]).toEqual([waiting?.id]);
  const last = store.puts.at(-1);
  expect(last).toEqual({ statementId: waiting?.id, version: '1.0.3', authorised: true });
  expect(statementProblems(store.statements.get(waiting?.id ?? ''))).toEqual([]);
});

test('sending a statement again, as after a crash before the job was marked done, stores nothing twice', async () => {
  await handle.db.delete(job);
  await queueLearningEvent(handle.db, { type: 'attempt.submitted', learnerId: 'learner-2', submissionId: 'submission-2', attemptNumber: 2, at: '2026-03-02T08:00:00.000Z' }, true);
  const [row] = await handle.db.select().from(job);
  if (!row) throw new Error('no outbox row');
  await deliverStatement(row, store, SITE);
  const before = store.statements.size;
  await deliverStatement(row, store, SITE);
  expect(store.statements.size).toBe(before);
  expect(store.puts.filter((put) => put.statementId === row.id)).toHaveLength(2);
});

test('a store that refuses the credentials keeps the statement queued with the reason, for the administrator to see', async () => {
  await handle.db.delete(job);
  await queueLearningEvent(handle.db, { type: 'lesson.opened', learnerId: 'learner-3', lessonSlug: '01-welcome-and-assessment', at: '2026-03-02T08:00:00.000Z' }, true);
  const wrong = { ...store, secret: 'not-the-secret' };
  const outcome = await runNextJob(handle.db, { [XAPI_JOB]: (_db, claimed) => deliverStatement(claimed, wrong, SITE) }, 'worker-a', () => new Date(Date.now() + 1000));
  expect(outcome).toMatchObject({ kind: 'retrying' });
  const [row] = await handle.db.select().from(job).where(eq(job.kind, XAPI_JOB));
  expect(row?.lastError).toContain('401');
});
