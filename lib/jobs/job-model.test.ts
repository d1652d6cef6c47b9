import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { job } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from '@/lib/db/testing/test-databases';
import { LEASE_MS } from '@/lib/jobs/claim-job';
import { BACKOFF_BASE_MS } from '@/lib/jobs/finish-job';
import { Advance, Claim, emptyModel, Enqueue, Finish, Retry, WORKERS } from '@/lib/jobs/testing/job-model';

// Seeded, so a failure names a seed and a path that reproduce it; more runs with JOB_MODEL_RUNS.
const SEED = Number(process.env.JOB_MODEL_SEED ?? 114052);
const RUNS = Number(process.env.JOB_MODEL_RUNS ?? 30);
const START = new Date('2026-05-04T06:00:00.000Z');

const handles = new Map<string, TestDatabase>();
beforeAll(async () => {
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
});
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
});

const worker = fc.constantFrom(...WORKERS);
const command = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(0, 1000, BACKOFF_BASE_MS).map((delay) => new Enqueue(delay)) },
  { weight: 4, arbitrary: worker.map((name) => new Claim(name)) },
  { weight: 5, arbitrary: fc.tuple(worker, fc.constantFrom(true, false, false)).map(([name, succeeded]) => new Finish(name, succeeded)) },
  // Short steps, backoff-sized steps, and one past the lease, after which a running job counts as abandoned.
  { weight: 4, arbitrary: fc.constantFrom(BACKOFF_BASE_MS, 2 * BACKOFF_BASE_MS, 4 * BACKOFF_BASE_MS, LEASE_MS + 1, LEASE_MS + 1).map((ms) => new Advance(ms)) },
  { weight: 1, arbitrary: fc.nat(7).map((pick) => new Retry(pick)) },
);

for (const kind of TEST_DATABASE_KINDS) {
  test(`${kind}: every random path of enqueueing, claiming by two workers, success, failure, time passing and retries keeps the queue as its rules say after every step`, async () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    const totals = { sequences: 0, steps: new Map<string, number>() };
    await fc.assert(
      fc.asyncProperty(fc.commands([command], { maxCommands: 50, size: 'max' }), async (commands) => {
        await handle.db.delete(job);
        const model = emptyModel(START);
        await fc.asyncModelRun(() => ({ model, real: { db: handle.db } }), commands);
        totals.sequences += 1;
        for (const [step, n] of model.steps) totals.steps.set(step, (totals.steps.get(step) ?? 0) + n);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    const perStep = [...totals.steps].sort(([a], [b]) => a.localeCompare(b)).map(([step, n]) => `${step} ${n}`);
    console.info(`job model on ${kind} (seed ${SEED}): ${totals.sequences} sequences\n  ${perStep.join('\n  ')}`);
    expect(totals.sequences).toBe(RUNS);
    // The paths reach the outcomes that matter, not only idle claims.
    for (const step of ['Claim due', 'Claim stale', 'Succeed', 'Succeed lost', 'Fail retry', 'Fail spent', 'Retry failed']) {
      expect(totals.steps.get(step) ?? 0, step).toBeGreaterThan(0);
    }
  }, 120_000);
}
