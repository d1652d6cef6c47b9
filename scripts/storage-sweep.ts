import { parseArgs } from 'node:util';
import { dataDir } from '@/lib/db/data-dir';
import { openDatabase, targetFromEnvironment } from '@/lib/db/open-database';
import { expireEvidence } from '@/lib/privacy/expire-evidence';
import { evidenceObjectStore } from '@/lib/storage/evidence-object-store';
import { sweepUnreferencedObjects } from '@/lib/storage/sweep-unreferenced-objects';

// First applies the provider's evidence retention setting (files of records final longer ago than
// that are marked removed), then deletes stored evidence files and recordings no row references any
// more (a removed row no longer does), in the store STORAGE chooses. Objects stored within the grace
// period (default 24 hours) are kept: their uploads may not have written their rows yet. With the
// embedded database, stop the server first (it holds the folder).
const { values } = parseArgs({ options: { 'older-than-hours': { type: 'string', default: '24' } } });
const hours = Number(values['older-than-hours']);
if (!Number.isFinite(hours) || hours < 1) {
  console.error('--older-than-hours takes a number of hours, at least 1 (uploads in flight must never be swept).');
  process.exit(2);
}
const handle = await openDatabase(targetFromEnvironment(dataDir()));
try {
  const store = evidenceObjectStore();
  const expired = await expireEvidence(handle.db, new Date());
  console.log(
    expired.cutoff
      ? `Retention (${expired.months} months): files of records final before ${expired.cutoff.toISOString()} removed: ${expired.evidenceFiles} evidence files and ${expired.recordings} recordings of ${expired.learners} learners.`
      : 'Retention: evidence files are kept for ever (evidenceRetentionMonths is 0), so none was removed.',
  );
  const report = await sweepUnreferencedObjects(handle.db, store, { olderThan: hours * 60 * 60 * 1000 });
  for (const key of report.deleted) console.log(`deleted ${key}`);
  console.log(
    `Swept the ${store.kind === 's3' ? 'S3 bucket' : 'data folder'}: ${report.examined} stored, ${report.referenced} in use, ${report.young} younger than ${hours} h kept, ${report.deleted.length} deleted.`,
  );
} finally {
  await handle.close();
}
