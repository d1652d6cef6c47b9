import path from 'node:path';
import { databaseFromSettings, parseBackupArguments, UsageError } from '@/lib/backup/command-line';
import { createBackup } from '@/lib/backup/create-backup';
import { BackupError } from '@/lib/backup/manifest';
import { dataDir } from '@/lib/db/data-dir';
import { EnvError, env } from '@/lib/env';
import { evidenceObjectStore } from '@/lib/storage/evidence-object-store';

// Backs up the database (embedded or PostgreSQL) and every evidence object (data folder or S3) into
// one new folder; `npm run restore` puts it back. See README "Backup and restore".
try {
  const { out } = parseBackupArguments(process.argv.slice(2));
  const settings = env();
  const { database } = databaseFromSettings(settings, dataDir());
  const into = path.resolve(out ?? settings.backupDir);
  const store = evidenceObjectStore();
  const { folder, manifest } = await createBackup({ database, store, into, dataDir: dataDir() });
  const rows = Object.values(manifest.database.tables).reduce((sum, count) => sum + count, 0);
  const bytes = manifest.evidence.objects.reduce((sum, object) => sum + object.size, 0);
  console.log(`✓ Backed up to ${folder}`);
  console.log(`  database: ${database.kind === 'pglite' ? 'embedded' : 'PostgreSQL'}, ${Object.keys(manifest.database.tables).length} tables, ${rows} rows, audit chain end ${manifest.database.auditHead?.seq ?? 0}`);
  console.log(`  evidence: ${manifest.evidence.objects.length} objects, ${bytes} bytes, from the ${store.kind === 's3' ? 'S3 bucket' : 'data folder'}`);
  for (const key of manifest.evidence.missing) console.warn(`  ! ${key} is referenced by a row but was not in the store (missing before this backup)`);
  console.log('  It holds personal data and, when present, the session secret: keep it as private as the server itself.');
} catch (error) {
  if (error instanceof UsageError) {
    console.error(error.message);
    process.exit(2);
  }
  if (error instanceof BackupError || error instanceof EnvError) {
    console.error(`✗ No backup was made. ${error.message}`);
    process.exit(1);
  }
  console.error("✗ No backup was made.");
  throw error;
}
