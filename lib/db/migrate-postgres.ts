import { type GrantOutcome, grantAppRole, roleOfUrl } from '@/lib/db/grant-app-role';
import { migrationsPending } from '@/lib/db/migration-state';
import { openDatabase } from '@/lib/db/open-database';

export type PostgresUrls = { appUrl: string; ownerUrl: string | null };

/**
 * Applies the migrations to PostgreSQL as the owner role when one is given, then grants the
 * application's role its rights; with the application's URL alone it migrates as that role (one
 * role owning everything, as before two roles existed).
 */
export async function migratePostgres({ appUrl, ownerUrl }: PostgresUrls): Promise<GrantOutcome | 'single-role'> {
  const handle = await openDatabase({ kind: 'postgres', url: ownerUrl ?? appUrl });
  try {
    if (await migrationsPending(handle)) await handle.migrate();
    return ownerUrl ? await grantAppRole(handle.db, roleOfUrl(appUrl)) : 'single-role';
  } finally {
    await handle.close();
  }
}
