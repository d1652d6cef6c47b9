import type { DbOrTx } from '@/lib/audit/write-audit';
import { env } from '@/lib/env';
import { enqueueJob } from '@/lib/jobs/enqueue-job';
import { type LearningEvent, LearningEventSchema } from '@/lib/xapi/learning-events';

/** The job kind of one statement waiting for the learning record store. */
export const XAPI_JOB = 'xapi.statement';

/**
 * Tries before a statement waits for the administrator: with the queue's backoff (30 s doubling to
 * a 6-hour cap) about three days, so a record store down over a long weekend loses nothing.
 */
export const XAPI_ATTEMPTS = 20;

/**
 * Puts a learning event in the outbox inside the caller's transaction, so it is sent if and only if
 * the change it reports commits. Without a record store configured nothing is written.
 */
export async function queueLearningEvent(tx: DbOrTx, event: LearningEvent, lrsConfigured = env().lrs !== null): Promise<void> {
  if (!lrsConfigured) return;
  await enqueueJob(tx, { kind: XAPI_JOB, payload: LearningEventSchema.parse(event), maxAttempts: XAPI_ATTEMPTS });
}
