import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/open-database';
import type { JobState } from '@/lib/db/schema';

export type ClaimedJob = { id: string; kind: string; payload: unknown; attempts: number; maxAttempts: number };

/** A `running` job claimed longer ago than this was abandoned by a worker that stopped; it may be claimed again. */
export const LEASE_MS = 10 * 60 * 1000;

type Row = { id: string; kind: string; payload: unknown; attempts: number; max_attempts: number; state: JobState };

/**
 * Claims the oldest job that is due, for one worker: one statement, and the row lock with
 * SKIP LOCKED means two workers (in one process or several instances) never take the same job.
 * The claim counts as an attempt, so a job that crashes its worker still runs out of attempts.
 */
export async function claimJob(db: Pick<Db, 'execute'>, workerId: string, now = new Date()): Promise<ClaimedJob | null> {
  const staleBefore = new Date(now.getTime() - LEASE_MS);
  const result = (await db.execute(sql`
    update job set state = 'running', attempts = attempts + 1, locked_at = ${now.toISOString()}, locked_by = ${workerId}
    where id = (
      select id from job
      where (state = 'queued' and run_after <= ${now.toISOString()}) or (state = 'running' and locked_at < ${staleBefore.toISOString()})
      order by run_after, created_at, id
      for update skip locked
      limit 1
    )
    returning id, kind, payload, attempts, max_attempts, state`)) as unknown as { rows: Row[] };
  const row = result.rows[0];
  return row ? { id: row.id, kind: row.kind, payload: row.payload, attempts: row.attempts, maxAttempts: row.max_attempts } : null;
}
