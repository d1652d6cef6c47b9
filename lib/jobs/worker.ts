import 'server-only';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Db } from '@/lib/db/open-database';
import { env } from '@/lib/env';
import { jobHandlers } from '@/lib/jobs/handlers';
import { log } from '@/lib/log/logger';
import { runNextJob } from '@/lib/jobs/run-next-job';
import { scheduleDailyDigests } from '@/lib/mail/schedule-digests';

const globalWorker = globalThis as typeof globalThis & { jobWorker?: { stop: () => void } };

/** How often an idle worker looks for due jobs (JOB_POLL_MS, 5 seconds by default). */
function pollMs(): number {
  return env().jobPollMs;
}

/**
 * The process's one job worker, started when the server boots: every instance runs one, and the
 * queue's row locks share the work out. It runs due jobs until none is left, then waits a poll.
 * Once a minute it also queues the day's digests (each once, whichever instance gets there first).
 */
export function startJobWorker(db: Db): void {
  if (globalWorker.jobWorker || env().jobsDisabled) return;
  const workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const handlers = jobHandlers();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let lastSchedule = 0;
  const tick = async () => {
    try {
      if (Date.now() - lastSchedule > 60_000) {
        lastSchedule = Date.now();
        await scheduleDailyDigests(db);
      }
      for (let ran = 0; ran < 100 && !stopped; ran += 1) {
        const outcome = await runNextJob(db, handlers, workerId);
        if (outcome.kind === 'idle') break;
        if (outcome.kind === 'failed') log().error({ jobId: outcome.jobId }, 'a background job failed for good: see /admin/jobs');
      }
    } catch (error) {
      log().error({ err: error }, 'the job worker could not reach the queue');
    }
    if (!stopped) timer = setTimeout(tick, pollMs());
  };
  timer = setTimeout(tick, 1000);
  timer.unref?.();
  globalWorker.jobWorker = {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
