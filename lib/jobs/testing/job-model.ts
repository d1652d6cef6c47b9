import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import type { Db } from '@/lib/db/open-database';
import { type JobState, job } from '@/lib/db/schema';
import { ABANDONED, type ClaimedJob, claimJob, LEASE_MS } from '@/lib/jobs/claim-job';
import { enqueueJob } from '@/lib/jobs/enqueue-job';
import { backoffMs, completeJob, failJob } from '@/lib/jobs/finish-job';
import { retryJob } from '@/lib/jobs/retry-job';

export const MAX_ATTEMPTS = 3;
export const WORKERS = ['w1', 'w2'] as const;
export type Worker = (typeof WORKERS)[number];

type ModelJob = { id: string; state: JobState; attempts: number; runAfter: number; holder: Worker | null; lockedAt: number | null; lastError: string | null };

/** What the queue should hold: every job as the rules say, each worker's last claim, and the clock. */
export type JobModel = { now: number; jobs: ModelJob[]; claims: Map<Worker, ClaimedJob>; failures: number; steps: Map<string, number> };
export type JobWorld = { db: Db };

export function emptyModel(start: Date): JobModel {
  return { now: start.getTime(), jobs: [], claims: new Map(), failures: 0, steps: new Map() };
}

function count(model: JobModel, step: string) {
  model.steps.set(step, (model.steps.get(step) ?? 0) + 1);
}

/** After every step: the table holds exactly what the model says, and the rules hold for every row. */
async function checkInvariants(world: JobWorld, model: JobModel, step: string) {
  const rows = await world.db.select().from(job);
  expect(rows.length, step).toBe(model.jobs.length);
  for (const expected of model.jobs) {
    const row = rows.find((candidate) => candidate.id === expected.id);
    expect(row, `${step}: job ${expected.id}`).toBeDefined();
    if (!row) continue;
    expect({ state: row.state, attempts: row.attempts, holder: row.lockedBy, runAfter: row.runAfter.getTime(), lastError: row.lastError }, step).toEqual({
      state: expected.state,
      attempts: expected.attempts,
      holder: expected.holder,
      runAfter: expected.runAfter,
      lastError: expected.lastError,
    });
    // A job is held by a worker exactly while it runs, and never runs more often than it may.
    expect(row.lockedBy !== null, step).toBe(row.state === 'running');
    expect(row.attempts, step).toBeLessThanOrEqual(row.maxAttempts);
    expect(row.finishedAt !== null, step).toBe(row.state === 'done' || row.state === 'failed');
  }
}

type Command = AsyncCommand<JobModel, JobWorld>;

export class Enqueue implements Command {
  constructor(readonly delayMs: number) {}
  check() {
    return true;
  }
  async run(model: JobModel, world: JobWorld) {
    const runAfter = model.now + this.delayMs;
    const id = await enqueueJob(world.db, { kind: 'model', payload: {}, maxAttempts: MAX_ATTEMPTS, runAfter: new Date(runAfter) });
    if (!id) throw new Error('not enqueued');
    model.jobs.push({ id, state: 'queued', attempts: 0, runAfter, holder: null, lockedAt: null, lastError: null });
    count(model, 'Enqueue');
    await checkInvariants(world, model, this.toString());
  }
  toString() {
    return `Enqueue(+${this.delayMs} ms)`;
  }
}

/** A worker claims: one of the due jobs with the earliest time, or nothing when none is due. */
export class Claim implements Command {
  constructor(readonly worker: Worker) {}
  check() {
    return true;
  }
  async run(model: JobModel, world: JobWorld) {
    const stale = (entry: ModelJob) => entry.state === 'running' && entry.lockedAt !== null && entry.lockedAt < model.now - LEASE_MS;
    for (const entry of model.jobs.filter((candidate) => stale(candidate) && candidate.attempts >= MAX_ATTEMPTS)) {
      Object.assign(entry, { state: 'failed', holder: null, lockedAt: null, lastError: ABANDONED });
      count(model, 'Claim abandoned failed');
    }
    const eligible = model.jobs.filter((entry) => (entry.state === 'queued' && entry.runAfter <= model.now) || stale(entry));
    const claimed = await claimJob(world.db, this.worker, new Date(model.now));
    if (eligible.length === 0) {
      expect(claimed).toBeNull();
      count(model, 'Claim none');
    } else {
      const entry = eligible.find((candidate) => candidate.id === claimed?.id);
      expect(entry, 'claimed a job that was not due').toBeDefined();
      if (!entry || !claimed) throw new Error('nothing claimed');
      expect(entry.runAfter).toBe(Math.min(...eligible.map((candidate) => candidate.runAfter)));
      count(model, entry.state === 'running' ? 'Claim stale' : 'Claim due');
      Object.assign(entry, { state: 'running', attempts: entry.attempts + 1, holder: this.worker, lockedAt: model.now });
      expect(claimed.attempts).toBe(entry.attempts);
      model.claims.set(this.worker, claimed);
    }
    await checkInvariants(world, model, this.toString());
  }
  toString() {
    return `Claim(${this.worker})`;
  }
}

/** The worker reports its last claimed job done or failed; a claim another worker has since taken changes nothing. */
export class Finish implements Command {
  constructor(
    readonly worker: Worker,
    readonly succeeded: boolean,
  ) {}
  check(model: Readonly<JobModel>) {
    return model.claims.has(this.worker);
  }
  async run(model: JobModel, world: JobWorld) {
    const claimed = model.claims.get(this.worker);
    if (!claimed) throw new Error('no claim');
    model.claims.delete(this.worker);
    const entry = model.jobs.find((candidate) => candidate.id === claimed.id);
    if (!entry) throw new Error('unknown job');
    const holds = entry.state === 'running' && entry.holder === this.worker;
    const now = new Date(model.now);
    if (this.succeeded) {
      await completeJob(world.db, claimed, this.worker, now);
      if (holds) Object.assign(entry, { state: 'done', holder: null, lockedAt: null, lastError: null });
      count(model, holds ? 'Succeed' : 'Succeed lost');
    } else {
      model.failures += 1;
      const message = `failure ${model.failures}`;
      await failJob(world.db, claimed, this.worker, new Error(message), now);
      if (holds && claimed.attempts >= MAX_ATTEMPTS) Object.assign(entry, { state: 'failed', holder: null, lockedAt: null, lastError: message });
      else if (holds) Object.assign(entry, { state: 'queued', holder: null, lockedAt: null, lastError: message, runAfter: model.now + backoffMs(claimed.attempts) });
      count(model, holds ? (entry.state === 'failed' ? 'Fail spent' : 'Fail retry') : 'Fail lost');
    }
    await checkInvariants(world, model, this.toString());
  }
  toString() {
    return `${this.succeeded ? 'Succeed' : 'Fail'}(${this.worker})`;
  }
}

export class Advance implements Command {
  constructor(readonly ms: number) {}
  check() {
    return true;
  }
  async run(model: JobModel, world: JobWorld) {
    model.now += this.ms;
    count(model, 'Advance');
    await checkInvariants(world, model, this.toString());
  }
  toString() {
    return `Advance(${this.ms} ms)`;
  }
}

/** The admin retries a job: only a failed one goes back in the queue, with its tries renewed. */
export class Retry implements Command {
  constructor(readonly pick: number) {}
  check(model: Readonly<JobModel>) {
    return model.jobs.length > 0;
  }
  async run(model: JobModel, world: JobWorld) {
    // Mostly a failed job, as an admin would; otherwise any, which must be refused.
    const failed = model.jobs.filter((candidate) => candidate.state === 'failed');
    const from = failed.length > 0 && this.pick % 4 !== 0 ? failed : model.jobs;
    const entry = from[this.pick % from.length];
    if (!entry) throw new Error('no job');
    const retried = await retryJob(world.db, entry.id, new Date(model.now));
    expect(retried).toBe(entry.state === 'failed');
    if (retried) Object.assign(entry, { state: 'queued', attempts: 0, runAfter: model.now });
    count(model, retried ? 'Retry failed' : 'Retry refused');
    await checkInvariants(world, model, this.toString());
  }
  toString() {
    return `Retry(${this.pick})`;
  }
}
