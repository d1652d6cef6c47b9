import 'server-only';
import { getDb } from '@/lib/db/client';

/** Opens and migrates the database at server start; a failure (such as a locked folder) stops the server. */
export async function openDatabaseAtBoot(): Promise<void> {
  try {
    await getDb();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
