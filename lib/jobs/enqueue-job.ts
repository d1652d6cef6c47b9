import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { job } from '@/lib/db/schema';

export type NewJob = {
  kind: string;
  payload: Record<string, unknown>;
  /** Not before this moment (default: now). */
  runAfter?: Date;
  maxAttempts?: number;
  /** A second job with the same key is not added (used for the daily digest). */
  dedupeKey?: string;
};

/**
 * Adds a job, inside the caller's transaction when given one: the job exists only if the change
 * that caused it commits, and is never lost once it has. Returns the new job's id, or null when a
 * job with the same dedupe key already exists.
 */
export async function enqueueJob(tx: DbOrTx, input: NewJob): Promise<string | null> {
  const id = randomUUID();
  const rows = await tx
    .insert(job)
    .values({ id, kind: input.kind, payload: input.payload, runAfter: input.runAfter ?? new Date(), maxAttempts: input.maxAttempts ?? 5, dedupeKey: input.dedupeKey ?? null })
    .onConflictDoNothing()
    .returning({ id: job.id });
  return rows[0]?.id ?? null;
}

/** Many jobs in few statements (an import's invitations), inside the caller's transaction like one. */
export async function enqueueJobs(tx: DbOrTx, inputs: readonly NewJob[]): Promise<void> {
  for (let start = 0; start < inputs.length; start += 500) {
    const rows = inputs.slice(start, start + 500).map((input) => ({
      id: randomUUID(),
      kind: input.kind,
      payload: input.payload,
      runAfter: input.runAfter ?? new Date(),
      maxAttempts: input.maxAttempts ?? 5,
      dedupeKey: input.dedupeKey ?? null,
    }));
    await tx.insert(job).values(rows).onConflictDoNothing();
  }
}
