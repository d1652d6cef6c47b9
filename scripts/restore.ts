import path from 'node:path';
import { databaseFromSettings, parseRestoreArguments, UsageError } from '@/lib/backup/command-line';
import { BackupError } from '@/lib/backup/manifest';
import { restoreBackup } from '@/lib/backup/restore-backup';
import { dataDir } from '@/lib/db/data-dir';
import { EnvError, env } from '@/lib/env';
import { evidenceObjectStore } from '@/lib/storage/evidence-object-store';

// Restores a folder made by `npm run backup` into the database and evidence store the settings name:
// into an empty database unless --force. With the embedded database, stop the server first.
try {
  const { folder, force } = parseRestoreArguments(process.argv.slice(2));
  const { database, appRole } = databaseFromSettings(env(), dataDir());
  const store = evidenceObjectStore();
  const report = await restoreBackup({ folder: path.resolve(folder), database, appRole, store, dataDir: dataDir(), force });
  const rows = Object.values(report.manifest.database.tables).reduce((sum, count) => sum + count, 0);
  console.log(`✓ Restored the backup of ${report.manifest.createdAt}`);
  console.log(`  database: ${rows} rows in ${Object.keys(report.manifest.database.tables).length} tables, as counted at the backup; the audit trail verifies (${report.auditEvents} events)`);
  console.log(`  evidence: ${report.manifest.evidence.objects.length} objects into the ${store.kind === 's3' ? 'S3 bucket' : 'data folder'}, each checked by sha256`);
  if (report.movedAside) console.log(`  The database that was there was moved to ${report.movedAside}; delete it once you are satisfied.`);
} catch (error) {
  if (error instanceof UsageError) {
    console.error(error.message);
    process.exit(2);
  }
  if (error instanceof BackupError || error instanceof EnvError) {
    console.error(`✗ Not restored. ${error.message}`);
    process.exit(1);
  }
  throw error;
}
