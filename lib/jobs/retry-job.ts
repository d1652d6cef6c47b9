import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { job } from '@/lib/db/schema';

/** The admin puts a failed job back in the queue with a fresh set of attempts. False when it was not failed. */
export async function retryJob(db: DbOrTx, jobId: string, now = new Date()): Promise<boolean> {
  const rows = await db
    .update(job)
    .set({ state: 'queued', attempts: 0, runAfter: now, finishedAt: null })
    .where(and(eq(job.id, jobId), eq(job.state, 'failed')))
    .returning({ id: job.id });
  return rows.length > 0;
}
