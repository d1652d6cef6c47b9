import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { addEvidence } from '@/lib/assessment/evidence-service';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { startAttempt } from '@/lib/assessment/start-attempt';
import { FIXTURE_LESSONS, finishLessons, loadRealAssessment, person } from '@/lib/assessment/testing/fixtures';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { enrolment, evidenceFile, recording, submission } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { minimalPdf } from '@/lib/evidence/testing/sample-files';
import { recordingFixture } from '@/lib/evidence/testing/sample-recordings';
import { keepRecording } from '@/lib/portfolio/role-play/keep-recording';
import { BRIEFS } from '@/lib/portfolio/role-play/testing/briefs';
import { rolePlayWorld } from '@/lib/portfolio/role-play/testing/role-play-world';
import { localDiskStore } from '@/lib/storage/local-disk-store';
import type { ObjectStore } from '@/lib/storage/object-store';
import { s3Store } from '@/lib/storage/s3-store';
import { sweepUnreferencedObjects } from '@/lib/storage/sweep-unreferenced-objects';
import { type LocalS3, startLocalS3 } from '@/lib/storage/testing/local-s3';
import { newBucket } from '@/lib/storage/testing/test-bucket';

let assessment: LoadedAssessment;
let s3: LocalS3;
const handles = new Map<string, DatabaseHandle>();
const roots: string[] = [];

beforeAll(async () => {
  assessment = await loadRealAssessment();
  s3 = await startLocalS3();
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
}, 60_000);
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
  await s3.close();
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

const HOUR = 60 * 60 * 1000;
const STORES = {
  local: async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'sweep-'));
    roots.push(root);
    return localDiskStore(root);
  },
  s3: async () => s3Store(await newBucket(s3.settings, 'sweep')),
} satisfies Record<string, () => Promise<ObjectStore>>;

async function keys(store: ObjectStore): Promise<string[]> {
  const found: string[] = [];
  for await (const object of store.list()) found.push(object.key);
  return found.sort();
}

for (const kind of TEST_DATABASE_KINDS) {
  for (const storeKind of ['local', 's3'] as const) {
    const db = () => {
      const handle = handles.get(kind);
      if (!handle) throw new Error('no database');
      return handle;
    };

    test(`${kind}, ${storeKind}: the sweep deletes only objects no evidence file or recording references, and only after the grace period`, async () => {
      const store = await STORES[storeKind]();
      const learnerId = await person(db(), 'Palesa Mahlangu', 'learner');
      await finishLessons(db(), learnerId);
      const submissionId = await startAttempt(db().db, learnerId, assessment, { lessonSlugs: FIXTURE_LESSONS });
      const world = await rolePlayWorld(db());
      await addEvidence(db().db, store, learnerId, submissionId, { name: 'ticket.pdf', bytes: minimalPdf() });
      await keepRecording(db().db, store, { learner: world.learner, briefId: 'locked-out-before-payroll', name: 'call.webm', bytes: recordingFixture('chromium-audio.webm'), durationSeconds: 8 }, BRIEFS);
      const referenced = await keys(store);
      // Stored by an upload whose row was never written.
      const orphan = await store.put(new Uint8Array(randomBytes(300)));

      const meanwhile = await sweepUnreferencedObjects(db().db, store, { olderThan: HOUR });
      expect(meanwhile).toEqual({ examined: 3, young: 3, referenced: 0, deleted: [] });

      const later = await sweepUnreferencedObjects(db().db, store, { olderThan: HOUR, now: new Date(Date.now() + 2 * HOUR) });
      expect(later).toEqual({ examined: 3, young: 0, referenced: 2, deleted: [orphan.storageKey] });
      expect(await keys(store)).toEqual(referenced);
      expect(referenced).toHaveLength(2);
    });
  }
}

/** An attempt of a new learner, for rows inserted directly with the keys a test chooses. */
async function attemptOf(handle: DatabaseHandle, fullName: string) {
  const learnerId = await person(handle, fullName, 'learner');
  const [row] = await handle.db.select({ id: enrolment.id }).from(enrolment).where(eq(enrolment.learnerId, learnerId));
  if (!row) throw new Error('the learner has no enrolment');
  const submissionId = randomUUID();
  await handle.db.insert(submission).values({ id: submissionId, enrolmentId: row.id, learnerId, attemptNumber: 1, status: 'final', itemSeed: 'seed', courseVersion: 'test' });
  return { learnerId, enrolmentId: row.id, submissionId };
}

const fileRow = (submissionId: string, stored: { sha256: string; storageKey: string; size: number }, removedAt: Date | null) => ({
  id: randomUUID(),
  submissionId,
  name: 'ticket.pdf',
  mediaType: 'application/pdf' as const,
  ...stored,
  removedAt,
});

for (const kind of TEST_DATABASE_KINDS) {
  test(`${kind}: a file the retention period removed no longer holds its object, so the sweep deletes it, but an object a file still held shares stays`, async () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    const store = await STORES.local();
    const removed = new Date();
    const expired = await attemptOf(handle, 'Lindiwe Zulu');
    const current = await attemptOf(handle, 'Bheki Cele');
    const shared = await store.put(new Uint8Array(randomBytes(400)));
    const own = await store.put(new Uint8Array(randomBytes(400)));
    const voice = await store.put(new Uint8Array(randomBytes(600)));
    await handle.db.insert(evidenceFile).values([fileRow(expired.submissionId, shared, removed), fileRow(expired.submissionId, own, removed), fileRow(current.submissionId, shared, null)]);
    await handle.db
      .insert(recording)
      .values({ id: randomUUID(), enrolmentId: expired.enrolmentId, learnerId: expired.learnerId, briefId: 'locked-out-before-payroll', name: 'call.webm', mediaType: 'audio/webm', ...voice, removedAt: removed });

    const report = await sweepUnreferencedObjects(handle.db, store, { olderThan: HOUR, now: new Date(Date.now() + 2 * HOUR) });

    expect(report.deleted.sort()).toEqual([own.storageKey, voice.storageKey].sort());
    expect(report.referenced).toBe(1);
    expect(await keys(store)).toEqual([shared.storageKey]);
  });
}

test('the grace period must be a duration', async () => {
  const store = await STORES.local();
  const handle = handles.get('pglite');
  if (!handle) throw new Error('no database');
  await expect(sweepUnreferencedObjects(handle.db, store, { olderThan: -1 })).rejects.toThrow(/grace period/);
});
