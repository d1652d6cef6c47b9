import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { job } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from '@/lib/db/testing/test-databases';
import { claimJob, LEASE_MS } from '@/lib/jobs/claim-job';
import { enqueueJob } from '@/lib/jobs/enqueue-job';
import { BACKOFF_BASE_MS, backoffMs, completeJob, failJob } from '@/lib/jobs/finish-job';
import { listJobs } from '@/lib/jobs/list-jobs';
import { retryJob } from '@/lib/jobs/retry-job';
import { runNextJob } from '@/lib/jobs/run-next-job';
import { enqueueNotice } from '@/lib/mail/notices';

const handles = new Map<string, TestDatabase>();
beforeAll(async () => {
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
});
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
});

/** Each test works in its own kind of job and clears the queue first, so tests do not claim each other's jobs. */
async function clearQueue(handle: TestDatabase) {
  await handle.db.delete(job);
}

test('the wait before each retry doubles from 30 seconds and stops at six hours', () => {
  expect([1, 2, 3, 4].map(backoffMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
  expect(backoffMs(30)).toBe(6 * 60 * 60 * 1000);
});

for (const kind of TEST_DATABASE_KINDS) {
  const db = () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    return handle;
  };

  test(`${kind}: two workers claiming at the same time never take the same job, and together take every due job once`, async () => {
    await clearQueue(db());
    const ids = new Set<string>();
    for (let index = 0; index < 24; index += 1) ids.add((await enqueueJob(db().db, { kind: 'test', payload: { index } })) ?? '');
    const claimed: Record<'a' | 'b', string[]> = { a: [], b: [] };
    const drain = async (worker: 'a' | 'b') => {
      for (;;) {
        const next = await claimJob(db().db, worker);
        if (!next) return;
        claimed[worker].push(next.id);
      }
    };
    await Promise.all([drain('a'), drain('b')]);
    const all = [...claimed.a, ...claimed.b];
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(all)).toEqual(ids);
    const rows = await db().db.select({ state: job.state, attempts: job.attempts, lockedBy: job.lockedBy }).from(job);
    expect(rows.every((row) => row.state === 'running' && row.attempts === 1)).toBe(true);
  });

  if (kind === 'postgres') {
    test('postgres: a job locked by another worker’s open transaction is skipped, not waited for', async () => {
      await clearQueue(db());
      const first = await enqueueJob(db().db, { kind: 'test', payload: {}, runAfter: new Date(Date.now() - 60_000) });
      const second = await enqueueJob(db().db, { kind: 'test', payload: {} });
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const locking = db().db.transaction(async (tx) => {
        await tx.execute(sql`select id from job where id = ${first} for update`);
        await held;
      });
      // Give the locking transaction its lock before the other worker claims.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const other = await claimJob(db().db, 'other');
      release();
      await locking;
      expect(other?.id).toBe(second);
    });
  }

  test(`${kind}: a failing job is retried after 30 s, then 60 s, and once its tries are spent it is failed with its error for the admin, who can queue it again`, async () => {
    await clearQueue(db());
    let now = new Date('2026-05-04T08:00:00.000Z');
    const clock = () => now;
    const id = await enqueueJob(db().db, { kind: 'flaky', payload: {}, maxAttempts: 3, runAfter: now });
    let calls = 0;
    const handlers = {
      flaky: async () => {
        calls += 1;
        throw new Error(`mail server refused (${calls})`);
      },
    };
    expect(await runNextJob(db().db, handlers, 'w', clock)).toEqual({ kind: 'retrying', jobId: id });
    const [afterFirst] = await db().db.select().from(job).where(eq(job.id, id ?? ''));
    expect(afterFirst).toMatchObject({ state: 'queued', attempts: 1, lastError: 'mail server refused (1)', lockedBy: null });
    expect(afterFirst?.runAfter.getTime()).toBe(now.getTime() + BACKOFF_BASE_MS);
    now = new Date(now.getTime() + BACKOFF_BASE_MS - 1);
    expect(await runNextJob(db().db, handlers, 'w', clock)).toEqual({ kind: 'idle' });
    now = new Date(now.getTime() + 1);
    expect(await runNextJob(db().db, handlers, 'w', clock)).toEqual({ kind: 'retrying', jobId: id });
    const [afterSecond] = await db().db.select().from(job).where(eq(job.id, id ?? ''));
    expect(afterSecond?.runAfter.getTime()).toBe(now.getTime() + 2 * BACKOFF_BASE_MS);
    now = new Date(now.getTime() + 2 * BACKOFF_BASE_MS);
    expect(await runNextJob(db().db, handlers, 'w', clock)).toEqual({ kind: 'failed', jobId: id });
    now = new Date(now.getTime() + 24 * 60 * 60 * 1000);
    expect(await runNextJob(db().db, handlers, 'w', clock)).toEqual({ kind: 'idle' });
    expect(calls).toBe(3);
    const { jobs, counts } = await listJobs(db().db, 'failed');
    expect(counts.failed).toBe(1);
    expect(jobs).toEqual([expect.objectContaining({ id, state: 'failed', attempts: 3, maxAttempts: 3, lastError: 'mail server refused (3)' })]);
    expect(await retryJob(db().db, id ?? '', now)).toBe(true);
    expect(await retryJob(db().db, id ?? '', now)).toBe(false);
    const fixed = { flaky: async () => {} };
    expect(await runNextJob(db().db, fixed, 'w', clock)).toEqual({ kind: 'done', jobId: id });
    const [done] = await db().db.select().from(job).where(eq(job.id, id ?? ''));
    expect(done).toMatchObject({ state: 'done', attempts: 1, lastError: null });
  });

  test(`${kind}: a job whose kind has no handler fails with a message naming the kind`, async () => {
    await clearQueue(db());
    const id = await enqueueJob(db().db, { kind: 'unknown-kind', payload: {}, maxAttempts: 1 });
    expect(await runNextJob(db().db, {}, 'w')).toEqual({ kind: 'failed', jobId: id });
    const [row] = await db().db.select().from(job).where(eq(job.id, id ?? ''));
    expect(row?.lastError).toContain('unknown-kind');
  });

  test(`${kind}: a running job whose worker stopped is claimed again once its lease has passed, and the old worker can no longer finish it`, async () => {
    await clearQueue(db());
    const start = new Date('2026-05-04T08:00:00.000Z');
    const id = await enqueueJob(db().db, { kind: 'test', payload: {}, runAfter: start });
    const lost = await claimJob(db().db, 'stopped', start);
    expect(lost?.id).toBe(id);
    expect(await claimJob(db().db, 'other', new Date(start.getTime() + LEASE_MS - 1))).toBeNull();
    const again = await claimJob(db().db, 'other', new Date(start.getTime() + LEASE_MS + 1));
    expect(again).toMatchObject({ id, attempts: 2 });
    // The first worker's claim is gone: marking it done, or failed, changes nothing.
    if (lost) await completeJob(db().db, lost, 'stopped');
    if (lost) await failJob(db().db, lost, 'stopped', new Error('late'));
    const [row] = await db().db.select().from(job).where(eq(job.id, id ?? ''));
    expect(row).toMatchObject({ state: 'running', lockedBy: 'other', lastError: null });
  });

  test(`${kind}: a notice queued in a transaction that rolls back leaves no job, and one that commits leaves exactly one`, async () => {
    await clearQueue(db());
    await expect(
      db().db.transaction(async (tx) => {
        await enqueueNotice(tx, { type: 'batch-ready', to: 'someone', batchId: 'rolled-back' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db().db.select().from(job)).toEqual([]);
    await db().db.transaction(async (tx) => {
      await enqueueNotice(tx, { type: 'batch-ready', to: 'someone', batchId: 'committed' });
    });
    const rows = await db().db.select({ kind: job.kind, payload: job.payload, state: job.state }).from(job);
    expect(rows).toEqual([{ kind: 'mail', payload: { type: 'batch-ready', to: 'someone', batchId: 'committed' }, state: 'queued' }]);
  });

  test(`${kind}: a second job with the same dedupe key is not added`, async () => {
    await clearQueue(db());
    expect(await enqueueJob(db().db, { kind: 'test', payload: {}, dedupeKey: 'digest:x:2026-05-04' })).not.toBeNull();
    expect(await enqueueJob(db().db, { kind: 'test', payload: {}, dedupeKey: 'digest:x:2026-05-04' })).toBeNull();
    expect(await db().db.select().from(job)).toHaveLength(1);
  });
}
