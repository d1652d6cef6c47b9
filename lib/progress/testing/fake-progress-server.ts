import { mergeProgress } from '@/lib/progress/merge-progress';
import { type ProgressSnapshot, ProgressSnapshotSchema } from '@/lib/progress/progress-schema';
import type { FetchLike } from '@/lib/progress/progress-syncer';

export type PendingReply = {
  /** What the browser sent. */
  sent: ProgressSnapshot;
  /** Hands the browser the server's merged copy as it was when the request arrived. */
  deliver: () => Promise<void>;
  /** The connection drops before the reply arrives. */
  fail: () => Promise<void>;
};

/** Lets the syncer's promises and the response's body reading run to the end. */
export async function settle(): Promise<void> {
  for (let turn = 0; turn < 5; turn += 1) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * The progress route as the browser sees it, with replies held back until the test delivers them:
 * each request is merged into the stored copy when it arrives (as the route does, in one
 * transaction), and its reply is that merged copy, however late it reaches the browser.
 */
export function fakeProgressServer() {
  let stored: ProgressSnapshot = { lessons: {}, answers: {} };
  const pending: PendingReply[] = [];
  const requests: ProgressSnapshot[] = [];
  const fetch: FetchLike = (input, init) => {
    if (input !== '/api/progress' || init.method !== 'PUT') throw new Error(`unexpected request ${init.method} ${input}`);
    const sent = ProgressSnapshotSchema.parse(JSON.parse(String(init.body)));
    requests.push(sent);
    stored = mergeProgress(stored, sent);
    const reply = stored;
    return new Promise<Response>((resolve, reject) => {
      const entry: PendingReply = {
        sent,
        deliver: async () => {
          pending.splice(pending.indexOf(entry), 1);
          resolve(Response.json(reply));
          await settle();
        },
        fail: async () => {
          pending.splice(pending.indexOf(entry), 1);
          reject(new TypeError('Failed to fetch'));
          await settle();
        },
      };
      pending.push(entry);
    });
  };
  return {
    fetch,
    pending,
    requests,
    stored: () => stored,
    /** Another device's sync, straight into the stored copy. */
    saveFromAnotherDevice: (snapshot: ProgressSnapshot) => {
      stored = mergeProgress(stored, snapshot);
    },
  };
}
