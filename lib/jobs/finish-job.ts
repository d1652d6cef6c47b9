import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { job } from '@/lib/db/schema';
import type { ClaimedJob } from '@/lib/jobs/claim-job';

/** The first retry waits this long; each later one twice as long as the one before, up to the cap. */
export const BACKOFF_BASE_MS = 30 * 1000;
export const BACKOFF_CAP_MS = 6 * 60 * 60 * 1000;

/** How long to wait before the next try after `attempts` failed tries (1, 2, …). */
export function backoffMs(attempts: number): number {
  return Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
}

/** Marks the claimed job done; only the worker that holds the claim may. */
export async function completeJob(db: DbOrTx, claimed: ClaimedJob, workerId: string, now = new Date()): Promise<void> {
  await db
    .update(job)
    .set({ state: 'done', finishedAt: now, lockedAt: null, lockedBy: null, lastError: null })
    .where(and(eq(job.id, claimed.id), eq(job.state, 'running'), eq(job.lockedBy, workerId)));
}

/**
 * Records a failed try: back in the queue after the backoff, or `failed` for good once its
 * attempts are spent (the admin sees it on the jobs page and may retry it).
 */
export async function failJob(db: DbOrTx, claimed: ClaimedJob, workerId: string, error: unknown, now = new Date()): Promise<'queued' | 'failed'> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
  const spent = claimed.attempts >= claimed.maxAttempts;
  await db
    .update(job)
    .set(
      spent
        ? { state: 'failed', lastError: message, finishedAt: now, lockedAt: null, lockedBy: null }
        : { state: 'queued', lastError: message, runAfter: new Date(now.getTime() + backoffMs(claimed.attempts)), lockedAt: null, lockedBy: null },
    )
    .where(and(eq(job.id, claimed.id), eq(job.state, 'running'), eq(job.lockedBy, workerId)));
  return spent ? 'failed' : 'queued';
}
