import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { addEvidence } from '@/lib/assessment/evidence-service';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { startAttempt } from '@/lib/assessment/start-attempt';
import { FIXTURE_LESSONS, finishLessons, loadRealAssessment } from '@/lib/assessment/testing/fixtures';
import { verifyAuditChain } from '@/lib/audit/verify-chain';
import { createBackup } from '@/lib/backup/create-backup';
import { BackupError } from '@/lib/backup/manifest';
import { restoreBackup } from '@/lib/backup/restore-backup';
import { backupPlace } from '@/lib/backup/testing/backup-places';
import type { Db } from '@/lib/db/open-database';
import { holdLockInAnotherProcess, stopProcess } from '@/lib/db/testing/lock-processes';
import { type TestDatabaseKind, TEST_APP_ROLE, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { minimalPdf } from '@/lib/evidence/testing/sample-files';
import { recordingFixture } from '@/lib/evidence/testing/sample-recordings';
import { keepRecording } from '@/lib/portfolio/role-play/keep-recording';
import { BRIEFS } from '@/lib/portfolio/role-play/testing/briefs';
import { rolePlayWorld } from '@/lib/portfolio/role-play/testing/role-play-world';
import { localDiskStore } from '@/lib/storage/local-disk-store';
import type { ObjectStore } from '@/lib/storage/object-store';
import { s3Store } from '@/lib/storage/s3-store';
import { type LocalS3, startLocalS3 } from '@/lib/storage/testing/local-s3';
import { newBucket } from '@/lib/storage/testing/test-bucket';

let assessment: LoadedAssessment;
let s3: LocalS3;
let backups: string;

beforeAll(async () => {
  assessment = await loadRealAssessment();
  s3 = await startLocalS3();
  backups = await mkdtemp(path.join(tmpdir(), 'backups-'));
}, 60_000);
afterAll(async () => {
  await s3.close();
  await rm(backups, { recursive: true, force: true });
});

/** Every table's row count and a digest of all its rows' content, so "identical" means every column of every row. */
async function fingerprint(db: Db): Promise<Record<string, string>> {
  const tables = (await db.execute(sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`)) as unknown as {
    rows: { name: string }[];
  };
  const found: Record<string, string> = {};
  for (const { name } of tables.rows) {
    const result = (await db.execute(
      sql`select count(*)::int as n, md5(coalesce(string_agg(t::text, E'\n' order by t::text), '')) as digest from ${sql.identifier(name)} t`,
    )) as unknown as { rows: { n: number; digest: string }[] };
    found[name] = `${result.rows[0]?.n} rows, ${result.rows[0]?.digest}`;
  }
  return found;
}

async function objectHashes(store: ObjectStore): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for await (const object of store.list()) hashes[object.key] = createHash('sha256').update(await store.read(object.key)).digest('hex');
  return hashes;
}

const cases: [TestDatabaseKind, 'local' | 's3'][] = [...TEST_DATABASE_KINDS.map((kind) => [kind, 'local'] as [TestDatabaseKind, 'local']), ['pglite', 's3']];

test.each(cases)(
  '%s with %s evidence: a backup restored after a wipe holds identical rows, a verifying audit chain and identical evidence bytes',
  async (kind, storage) => {
    const place = await backupPlace(kind);
    const makeStore = async () => (storage === 's3' ? s3Store(await newBucket(s3.settings, 'backup')) : localDiskStore(place.dataDir));
    const store = await makeStore();
    // Users (each with its user.created audit event), a submission with a PDF, and a kept recording.
    const world = await rolePlayWorld(place.handle);
    await finishLessons(place.handle, world.learner.id);
    const submissionId = await startAttempt(place.handle.db, world.learner.id, assessment, { lessonSlugs: FIXTURE_LESSONS });
    const pdf = minimalPdf();
    await addEvidence(place.handle.db, store, world.learner.id, submissionId, { name: 'job card.pdf', bytes: pdf });
    const recording = recordingFixture('chromium-audio.webm');
    await keepRecording(place.handle.db, store, { learner: world.learner, briefId: 'locked-out-before-payroll', name: 'call.webm', bytes: recording, durationSeconds: 12 }, BRIEFS);
    await writeFile(path.join(place.dataDir, 'auth-secret'), 'a-generated-session-secret-of-enough-length\n');

    const before = await fingerprint(place.handle.db);
    const chainBefore = await verifyAuditChain(place.handle.db);
    const hashesBefore = await objectHashes(store);
    expect(before).toMatchObject({ user: expect.stringMatching(/^5 rows/), submission: expect.stringMatching(/^1 rows/), evidence_file: expect.stringMatching(/^1 rows/), recording: expect.stringMatching(/^1 rows/) });
    expect(chainBefore.events).toBeGreaterThanOrEqual(5);
    expect(Object.keys(hashesBefore)).toHaveLength(2);

    const { folder, manifest } = await createBackup({ database: place.database, store, into: backups, dataDir: place.dataDir });
    expect(manifest.evidence.missing).toEqual([]);
    expect(manifest.database.auditHead).toEqual({ seq: chainBefore.headSeq, hash: chainBefore.headHash });

    const target = await place.wipe();
    const emptyStore = await makeStore();
    expect(await objectHashes(emptyStore)).toEqual({});
    try {
      const report = await restoreBackup({ folder, database: target.database, appRole: target.appRole, store: emptyStore, dataDir: target.dataDir, force: false });
      expect(report.auditEvents).toBe(chainBefore.events);

      const restored = await target.open();
      try {
        expect(await fingerprint(restored.db)).toEqual(before);
        const chainAfter = await verifyAuditChain(restored.db);
        expect(chainAfter).toMatchObject({ firstBreak: null, events: chainBefore.events, headHash: chainBefore.headHash });
        if (kind === 'postgres' && TEST_APP_ROLE) {
          // The application role got its rights back, and the audit trail is still append-only for it.
          await expect(restored.db.execute(sql`update audit_event set type = 'x'`)).rejects.toThrow();
        }
      } finally {
        await restored.close();
      }
      expect(await objectHashes(emptyStore)).toEqual(hashesBefore);
      expect(Object.values(hashesBefore).sort()).toEqual(
        [pdf, recording].map((bytes) => createHash('sha256').update(bytes).digest('hex')).sort(),
      );
      expect(await readFile(path.join(target.dataDir, 'auth-secret'), 'utf8')).toBe('a-generated-session-secret-of-enough-length\n');

      // A second restore into what is now a database with rows is refused, and changes nothing.
      await expect(restoreBackup({ folder, database: target.database, appRole: target.appRole, store: emptyStore, dataDir: target.dataDir, force: false })).rejects.toThrow(
        kind === 'pglite' ? /already holds an embedded database.*--force/ : /not empty.*--force/,
      );
    } finally {
      await target.remove();
    }
  },
  180_000,
);

test('a damaged backup is refused before anything is changed, even with --force', async () => {
  const place = await backupPlace('pglite');
  const store = localDiskStore(place.dataDir);
  const stored = await store.put(minimalPdf());
  await place.handle.close();
  const { folder } = await createBackup({ database: place.database, store, into: backups, dataDir: place.dataDir });
  await writeFile(path.join(folder, ...stored.storageKey.split('/')), 'not the pdf');
  try {
    const attempt = restoreBackup({ folder, database: place.database, appRole: null, store: localDiskStore(place.dataDir), dataDir: place.dataDir, force: true });
    await expect(attempt).rejects.toThrow(/is damaged/);
    await expect(attempt).rejects.toBeInstanceOf(BackupError);
    // The database was not moved aside: the refusal came before any change.
    expect((await readdir(place.dataDir)).filter((name) => name.startsWith('pglite'))).toEqual(['pglite']);
  } finally {
    await rm(place.dataDir, { recursive: true, force: true });
  }
}, 120_000);

test('the embedded database is neither backed up nor restored while a server holds its folder', async () => {
  const place = await backupPlace('pglite');
  await place.handle.close();
  const store = localDiskStore(place.dataDir);
  const { folder } = await createBackup({ database: place.database, store, into: backups, dataDir: place.dataDir });
  const server = await holdLockInAnotherProcess(place.dataDir);
  try {
    await expect(createBackup({ database: place.database, store, into: backups, dataDir: place.dataDir, now: new Date(Date.now() + 5000) })).rejects.toThrow(
      /already open in another process.*Stop the server first/,
    );
    await expect(restoreBackup({ folder, database: place.database, appRole: null, store, dataDir: place.dataDir, force: true })).rejects.toThrow(/Stop the server first/);
  } finally {
    await stopProcess(server);
    await rm(place.dataDir, { recursive: true, force: true });
  }
}, 120_000);
