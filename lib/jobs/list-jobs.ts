import { desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { JOB_STATES, type JobState, job } from '@/lib/db/schema';

export type JobRow = { id: string; kind: string; state: JobState; attempts: number; maxAttempts: number; runAfter: Date; lastError: string | null; createdAt: Date; finishedAt: Date | null };

/** The newest jobs, failed ones first, optionally in one state; with a count per state. */
export async function listJobs(db: DbOrTx, state: JobState | null, limit = 200): Promise<{ jobs: JobRow[]; counts: Record<JobState, number> }> {
  const columns = { id: job.id, kind: job.kind, state: job.state, attempts: job.attempts, maxAttempts: job.maxAttempts, runAfter: job.runAfter, lastError: job.lastError, createdAt: job.createdAt, finishedAt: job.finishedAt };
  const query = db.select(columns).from(job);
  const jobs = await (state ? query.where(eq(job.state, state)) : query).orderBy(sql`${job.state} = 'failed' desc`, desc(job.createdAt)).limit(limit);
  const grouped = await db.select({ state: job.state, n: sql<number>`count(*)::int` }).from(job).groupBy(job.state);
  const counts = Object.fromEntries(JOB_STATES.map((name) => [name, grouped.find((row) => row.state === name)?.n ?? 0])) as Record<JobState, number>;
  return { jobs, counts };
}
