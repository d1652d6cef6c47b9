import { dataDir } from '@/lib/db/data-dir';
import { migratePostgres } from '@/lib/db/migrate-postgres';
import { isPermissionDenied, OWNER_ADVICE } from '@/lib/db/migration-state';
import { openDatabase, ownerUrlFromEnvironment, targetFromEnvironment } from '@/lib/db/open-database';

// Applies the committed migrations to PostgreSQL or the embedded database folder. On PostgreSQL
// with DATABASE_OWNER_URL they run as the owner, who then grants DATABASE_URL's role its rights.
const target = targetFromEnvironment(dataDir());
const ownerUrl = ownerUrlFromEnvironment();
if (target.kind === 'postgres') {
  const outcome = await migratePostgres({ appUrl: target.url, ownerUrl }).catch((error: unknown) => {
    if (!isPermissionDenied(error)) throw error;
    console.error(`The role in ${ownerUrl ? 'DATABASE_OWNER_URL' : 'DATABASE_URL'} may not change the schema. ${OWNER_ADVICE}`);
    process.exit(1);
  });
  const roles = {
    granted: 'as the owner role; the application role may read and write data but not change the schema or the audit trail',
    'same-role': 'as the owner role, which is also the application role (not least-privileged)',
    'single-role': 'as the one role in DATABASE_URL, which owns everything (not least-privileged: set DATABASE_OWNER_URL)',
  }[outcome];
  console.log(`Migrations applied to PostgreSQL ${roles}.`);
} else if (ownerUrl) {
  console.error('DATABASE_OWNER_URL is set but DATABASE_URL is not: set DATABASE_URL to the application role of the same database.');
  process.exitCode = 1;
} else {
  const handle = await openDatabase(target);
  try {
    await handle.migrate();
    console.log(`Migrations applied to the embedded database in ${dataDir()}.`);
  } finally {
    await handle.close();
  }
}
