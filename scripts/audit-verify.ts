import { verifyAuditChain } from '@/lib/audit/verify-chain';
import { dataDir } from '@/lib/db/data-dir';
import { openDatabase, targetFromEnvironment } from '@/lib/db/open-database';

// Checks the audit trail's hash chain in PostgreSQL (DATABASE_URL) or the embedded database folder;
// exits 1 and names the first broken link when an event was changed or removed.
const handle = await openDatabase(targetFromEnvironment(dataDir()));
try {
  const report = await verifyAuditChain(handle.db);
  if (report.firstBreak) {
    const where = report.firstBreak.seq === null ? '' : ` at event ${report.firstBreak.seq}${report.firstBreak.id === null ? '' : ` (id ${report.firstBreak.id})`}`;
    console.error(`✗ The audit trail is broken${where}: ${report.firstBreak.reason}. ${report.events} events before it verify.`);
    process.exitCode = 1;
  } else {
    console.log(`✓ The audit trail is intact: ${report.events} events, chain end ${report.headHash ?? '(empty)'}.`);
  }
} finally {
  await handle.close();
}
