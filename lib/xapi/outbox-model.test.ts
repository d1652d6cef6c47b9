import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { job } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from '@/lib/db/testing/test-databases';
import { runNextJob } from '@/lib/jobs/run-next-job';
import { deliverStatement } from '@/lib/xapi/deliver-statement';
import { LearningEventSchema } from '@/lib/xapi/learning-events';
import { queueLearningEvent, XAPI_JOB } from '@/lib/xapi/outbox';
import { type LocalRecordStore, startLocalRecordStore } from '@/lib/xapi/testing/local-record-store';

// Seeded, so a failure names a seed and a path that reproduce it; more runs with XAPI_MODEL_RUNS.
const SEED = Number(process.env.XAPI_MODEL_SEED ?? 114052);
const RUNS = Number(process.env.XAPI_MODEL_RUNS ?? 20);
const SITE = { baseUrl: 'https://course.example.co.za', course: { id: 'us114052-customer-care', title: 'Customer care in IT support' } };
const HOUR = 60 * 60 * 1000;

type Step = { kind: 'emit'; commits: boolean } | { kind: 'down' } | { kind: 'up' } | { kind: 'tick' } | { kind: 'advance'; ms: number } | { kind: 'resend' };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.boolean().map((commits) => ({ kind: 'emit' as const, commits })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'down' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'up' as const }) },
  { weight: 5, arbitrary: fc.constant({ kind: 'tick' as const }) },
  { weight: 2, arbitrary: fc.constantFrom(1000, 30_000, 5 * 60_000, 7 * HOUR).map((ms) => ({ kind: 'advance' as const, ms })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'resend' as const }) },
);

const handles = new Map<string, TestDatabase>();
let store: LocalRecordStore;
beforeAll(async () => {
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
  store = await startLocalRecordStore();
}, 60_000);
afterAll(async () => {
  await store.close();
  for (const handle of handles.values()) await handle.close();
});

for (const kind of TEST_DATABASE_KINDS) {
  test(`${kind}: on every random path of events committed or rolled back, a record store going down and up, worker ticks, time and resends after a crash, nothing is lost, nothing rolled back is sent, and nothing is stored twice`, async () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    const handlers = { [XAPI_JOB]: (_db: unknown, claimed: { id: string; payload: unknown }) => deliverStatement(claimed, store, SITE) };
    const seen = new Map<string, number>();

    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 15, maxLength: 40 }), async (steps) => {
        await handle.db.delete(job);
        store.statements.clear();
        store.down = false;
        const committed = new Set<string>();
        const rolledBack = new Set<string>();
        // Rows are due from the moment they are written, so the model's clock starts at the real one.
        let now = new Date(Date.now() + 1000);
        let emitted = 0;

        const check = async () => {
          const rows = await handle.db.select().from(job);
          const byEvent = new Map<string, number>();
          for (const row of rows) {
            const event = LearningEventSchema.parse(row.payload);
            const key = event.type === 'attempt.submitted' ? event.submissionId : '';
            byEvent.set(key, (byEvent.get(key) ?? 0) + 1);
            expect(rolledBack.has(key), `rolled back ${key} reached the outbox`).toBe(false);
            // Done means the store has it; the store has only what the outbox holds.
            if (row.state === 'done') expect(store.statements.has(row.id), `${row.id} done but not stored`).toBe(true);
          }
          for (const key of committed) expect(byEvent.get(key), `committed ${key} in the outbox once`).toBe(1);
          expect(rows.length).toBe(committed.size);
          const ids = new Set(rows.map((row) => row.id));
          for (const id of store.statements.keys()) expect(ids.has(id), `stored ${id} that the outbox never held`).toBe(true);
        };

        for (const current of steps) {
          seen.set(current.kind, (seen.get(current.kind) ?? 0) + 1);
          if (current.kind === 'emit') {
            emitted += 1;
            const submissionId = `submission-${emitted}`;
            const event = { type: 'attempt.submitted' as const, learnerId: 'learner-model', submissionId, attemptNumber: 1, at: now.toISOString() };
            await handle.db
              .transaction(async (tx) => {
                await queueLearningEvent(tx, event, true);
                if (!current.commits) throw new Error('rolled back');
              })
              .catch(() => undefined);
            (current.commits ? committed : rolledBack).add(submissionId);
          } else if (current.kind === 'down') store.down = true;
          else if (current.kind === 'up') store.down = false;
          else if (current.kind === 'advance') now = new Date(now.getTime() + current.ms);
          else if (current.kind === 'tick') await runNextJob(handle.db, handlers, 'worker-model', () => now);
          else {
            // A worker that sent a statement and died before marking its job done: the next one sends it again.
            const [done] = await handle.db.select().from(job).limit(1);
            if (done) await deliverStatement(done, store, SITE).catch(() => undefined);
          }
          await check();
        }

        // Once the store is back and time passes, every committed statement arrives, each once.
        store.down = false;
        for (let round = 0; round < 60; round += 1) {
          now = new Date(now.getTime() + 7 * HOUR);
          if ((await runNextJob(handle.db, handlers, 'worker-model', () => now)).kind === 'idle') {
            const waiting = await handle.db.select().from(job);
            if (waiting.every((row) => row.state === 'done')) break;
          }
        }
        await check();
        const rows = await handle.db.select().from(job);
        expect(rows.every((row) => row.state === 'done')).toBe(true);
        expect(store.statements.size).toBe(committed.size);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    console.info(`xAPI outbox model on ${kind} (seed ${SEED}): ${RUNS} paths; steps ${[...seen].map(([name, n]) => `${name} ${n}`).join(', ')}`);
    for (const name of ['emit', 'down', 'up', 'tick', 'advance', 'resend']) expect(seen.get(name) ?? 0, name).toBeGreaterThan(0);
  }, 180_000);
}
