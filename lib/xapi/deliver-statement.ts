import { baseUrl } from '@/lib/auth/create-auth';
import { env } from '@/lib/env';
import type { ClaimedJob } from '@/lib/jobs/claim-job';
import { courseIdentity } from '@/lib/xapi/course-identity';
import { LearningEventSchema } from '@/lib/xapi/learning-events';
import { type StatementSite, statementFor } from '@/lib/xapi/statements';

export type RecordStore = { endpoint: string; key: string; secret: string };

const TIMEOUT_MS = 15_000;

/**
 * Sends one outbox row to the record store as a statement with the row's id. It is a PUT under
 * that id, so sending again after a crash or a lost answer stores nothing twice: 204 is stored,
 * 409 means the store already has a statement with this id. Anything else throws, and the
 * queue tries again later.
 */
export async function deliverStatement(claimed: Pick<ClaimedJob, 'id' | 'payload'>, store: RecordStore, site: StatementSite, fetcher: typeof fetch = fetch): Promise<void> {
  const event = LearningEventSchema.parse(claimed.payload);
  const statement = statementFor(event, claimed.id, site);
  const address = `${store.endpoint}/statements?${new URLSearchParams({ statementId: statement.id })}`;
  const response = await fetcher(address, {
    method: 'PUT',
    headers: {
      'Content-Type': 'application/json',
      'X-Experience-API-Version': '1.0.3',
      Authorization: `Basic ${Buffer.from(`${store.key}:${store.secret}`).toString('base64')}`,
    },
    body: JSON.stringify(statement),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  await response.body?.cancel();
  if (response.status === 204 || response.status === 200 || response.status === 409) return;
  throw new Error(`The learning record store answered ${response.status} ${response.statusText} for statement ${statement.id}.`);
}

/** The job handler with the server's own settings. */
export async function deliverStatementJob(claimed: ClaimedJob): Promise<void> {
  const store = env().lrs;
  if (!store) throw new Error('No learning record store is configured (XAPI_LRS_URL), so this statement waits until one is.');
  await deliverStatement(claimed, store, { baseUrl: baseUrl().replace(/\/$/, ''), course: courseIdentity() });
}
