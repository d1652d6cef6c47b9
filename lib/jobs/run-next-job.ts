import type { Db } from '@/lib/db/open-database';
import { type ClaimedJob, claimJob } from '@/lib/jobs/claim-job';
import { completeJob, failJob } from '@/lib/jobs/finish-job';

/** What a kind of job does; it throws to fail the try. It may be run again after a crash, so it must be safe to repeat. */
export type JobHandler = (db: Db, job: ClaimedJob) => Promise<void>;
export type JobHandlers = Record<string, JobHandler>;

export type RunOutcome = { kind: 'idle' } | { kind: 'done' | 'retrying' | 'failed'; jobId: string };

/** Claims one due job and runs it: done, back in the queue with a backoff, or failed for good. */
export async function runNextJob(db: Db, handlers: JobHandlers, workerId: string, now: () => Date = () => new Date()): Promise<RunOutcome> {
  const claimed = await claimJob(db, workerId, now());
  if (!claimed) return { kind: 'idle' };
  const handler = handlers[claimed.kind];
  try {
    if (!handler) throw new Error(`No handler for jobs of kind "${claimed.kind}".`);
    await handler(db, claimed);
  } catch (error) {
    const next = await failJob(db, claimed, workerId, error, now());
    return { kind: next === 'failed' ? 'failed' : 'retrying', jobId: claimed.id };
  }
  await completeJob(db, claimed, workerId, now());
  return { kind: 'done', jobId: claimed.id };
}
