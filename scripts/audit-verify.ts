import { type ChainAnchor, verifyAuditChain } from '@/lib/audit/verify-chain';
import { dataDir } from '@/lib/db/data-dir';
import { openDatabase, targetFromEnvironment } from '@/lib/db/open-database';

// Checks the audit trail's hash chain in PostgreSQL (DATABASE_URL) or the embedded database folder;
// exits 1 and names the first broken link when an event was changed or removed. With
// `--expect <event>:<hash>` (a chain end printed earlier and kept elsewhere) it also checks that the
// chain still holds that event unchanged, which a rewrite of the whole trail cannot fake.
function anchorFromArguments(): ChainAnchor | null {
  const index = process.argv.indexOf('--expect');
  if (index === -1) return null;
  const match = /^(\d+):([0-9a-f]{64})$/.exec(process.argv[index + 1] ?? '');
  if (!match) {
    console.error('--expect takes the event and hash printed earlier, as <event>:<64 hex digits>.');
    process.exit(2);
  }
  return { seq: Number(match[1]), hash: match[2] ?? '' };
}

const anchor = anchorFromArguments();
const handle = await openDatabase(targetFromEnvironment(dataDir()));
try {
  const report = await verifyAuditChain(handle.db, anchor);
  if (report.firstBreak) {
    const where = report.firstBreak.seq === null ? '' : ` at event ${report.firstBreak.seq}${report.firstBreak.id === null ? '' : ` (id ${report.firstBreak.id})`}`;
    console.error(`✗ The audit trail is broken${where}: ${report.firstBreak.reason}. ${report.events} events before it verify.`);
    process.exitCode = 1;
  } else {
    const noted = anchor ? ` It still holds event ${anchor.seq} as noted.` : '';
    console.log(`✓ The audit trail is intact: ${report.events} events, chain end ${report.headSeq ?? 0}:${report.headHash ?? '(empty)'} (keep it elsewhere; check later with --expect).${noted}`);
  }
} finally {
  await handle.close();
}
