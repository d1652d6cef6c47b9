import type { ProgressSnapshot } from '@/lib/progress/progress-schema';
import { sameProgress } from '@/lib/progress/same-progress';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export type ProgressSyncerOptions = {
  fetch: FetchLike;
  /** The browser's progress as it is at this moment. */
  read: () => ProgressSnapshot;
  /**
   * Merges the server's copy into the browser's progress as it is when the copy arrives (never
   * into the copy that was sent: the learner may have moved on while the request was away).
   */
  absorb: (server: ProgressSnapshot) => void;
};

export type ProgressSyncer = {
  /** Sends the browser's progress now, or right after the sync in flight if there is one. */
  request: () => Promise<void>;
  /** Stops: a reply still on its way is ignored and nothing more is sent. */
  stop: () => void;
};

// The server's copy is checked for its shape only: the server validated and merged it itself, and
// zod stays out of the page's script.
function isSnapshot(value: unknown): value is ProgressSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const lessons: unknown = Reflect.get(value, 'lessons');
  const answers: unknown = Reflect.get(value, 'answers');
  return typeof lessons === 'object' && lessons !== null && typeof answers === 'object' && answers !== null;
}

/**
 * Keeps the browser's progress and the account's merged, one request at a time. Each reply is
 * merged into the browser's progress as it is when the reply arrives, and anything the learner
 * changed while a request was away is sent by a following request, so no change is ever replaced
 * by an older copy or left unsent.
 */
export function createProgressSyncer({ fetch, read, absorb }: ProgressSyncerOptions): ProgressSyncer {
  let inFlight: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  async function sendOnce(): Promise<void> {
    const sent = read();
    let server: unknown;
    try {
      const response = await fetch('/api/progress', {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ lessons: sent.lessons, answers: sent.answers }),
      });
      if (!response.ok) return;
      server = await response.json();
    } catch {
      // Offline: the browser keeps everything and the next change or reconnection sends it.
      return;
    }
    if (stopped || !isSnapshot(server)) return;
    const changedMeanwhile = !sameProgress(read(), sent);
    absorb(server);
    if (changedMeanwhile) again = true;
  }

  async function run(): Promise<void> {
    do {
      again = false;
      await sendOnce();
    } while (again && !stopped);
  }

  return {
    request() {
      if (stopped) return Promise.resolve();
      if (inFlight) {
        again = true;
        return inFlight;
      }
      inFlight = run().finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
    stop() {
      stopped = true;
    },
  };
}
