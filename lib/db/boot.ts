import 'server-only';
import { getDb } from '@/lib/db/client';
import { startJobWorker } from '@/lib/jobs/worker';

/** Opens and migrates the database at server start, then starts the background job worker; a failure (such as a locked folder) stops the server. */
export async function openDatabaseAtBoot(): Promise<void> {
  try {
    startJobWorker(await getDb());
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
