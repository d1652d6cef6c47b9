import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/open-database';
import type { JobState } from '@/lib/db/schema';

export type ClaimedJob = { id: string; kind: string; payload: unknown; attempts: number; maxAttempts: number };

/** A `running` job claimed longer ago than this was abandoned by a worker that stopped; it may be claimed again. */
export const LEASE_MS = 10 * 60 * 1000;

export const ABANDONED = 'The worker running this job stopped before it finished, and it has no tries left.';

type Row = { id: string; kind: string; payload: unknown; attempts: number; max_attempts: number; state: JobState };

/**
 * Claims the oldest job that is due, for one worker: one statement, and the row lock with
 * SKIP LOCKED means two workers (in one process or several instances) never take the same job.
 * The claim counts as an attempt, so a job that crashes its worker still runs out of attempts.
 */
export async function claimJob(db: Pick<Db, 'execute'>, workerId: string, now = new Date()): Promise<ClaimedJob | null> {
  const staleBefore = new Date(now.getTime() - LEASE_MS);
  // An abandoned job with no tries left is not run again: it fails, for the admin to look at.
  await db.execute(sql`
    update job set state = 'failed', last_error = ${ABANDONED}, finished_at = ${now.toISOString()}, locked_at = null, locked_by = null
    where state = 'running' and locked_at < ${staleBefore.toISOString()} and attempts >= max_attempts`);
  const result = (await db.execute(sql`
    update job set state = 'running', attempts = attempts + 1, locked_at = ${now.toISOString()}, locked_by = ${workerId}
    where id = (
      select id from job
      where (state = 'queued' and run_after <= ${now.toISOString()}) or (state = 'running' and locked_at < ${staleBefore.toISOString()} and attempts < max_attempts)
      order by run_after, created_at, id
      for update skip locked
      limit 1
    )
    returning id, kind, payload, attempts, max_attempts, state`)) as unknown as { rows: Row[] };
  const row = result.rows[0];
  return row ? { id: row.id, kind: row.kind, payload: row.payload, attempts: row.attempts, maxAttempts: row.max_attempts } : null;
}
