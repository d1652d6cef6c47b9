import { dataDir } from '@/lib/db/data-dir';
import { openDatabase, targetFromEnvironment } from '@/lib/db/open-database';

// Applies the committed migrations to PostgreSQL (DATABASE_URL) or the embedded database folder.
const target = targetFromEnvironment(dataDir());
const handle = await openDatabase(target);
try {
  await handle.migrate();
  console.log(`Migrations applied to ${target.kind === 'postgres' ? 'PostgreSQL' : `the embedded database in ${dataDir()}`}.`);
} finally {
  await handle.close();
}
