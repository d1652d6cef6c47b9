import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { addEvidence, evidenceForViewer, removeEvidence } from '@/lib/assessment/evidence-service';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { startAttempt } from '@/lib/assessment/start-attempt';
import { FIXTURE_LESSONS, finishLessons, loadRealAssessment, person } from '@/lib/assessment/testing/fixtures';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { evidenceFile } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { minimalPdf } from '@/lib/evidence/testing/sample-files';
import { recordingFixture } from '@/lib/evidence/testing/sample-recordings';
import { keepRecording } from '@/lib/portfolio/role-play/keep-recording';
import { recordingFileForViewer } from '@/lib/portfolio/role-play/recording-file';
import { BRIEFS } from '@/lib/portfolio/role-play/testing/briefs';
import { rolePlayWorld } from '@/lib/portfolio/role-play/testing/role-play-world';
import { ObjectNotFoundError, type ObjectStore } from '@/lib/storage/object-store';
import { s3Store } from '@/lib/storage/s3-store';
import { type LocalS3, startLocalS3 } from '@/lib/storage/testing/local-s3';
import { newBucket } from '@/lib/storage/testing/test-bucket';
import { sweepUnreferencedObjects } from '@/lib/storage/sweep-unreferenced-objects';

// The real upload and download operations on the S3 adapter, against an S3 server the test starts.
let assessment: LoadedAssessment;
let s3: LocalS3;
const handles = new Map<string, DatabaseHandle>();

beforeAll(async () => {
  assessment = await loadRealAssessment();
  s3 = await startLocalS3();
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
}, 60_000);
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
  await s3.close();
});

const HOUR = 60 * 60 * 1000;

async function keys(store: ObjectStore): Promise<string[]> {
  const found: string[] = [];
  for await (const object of store.list()) found.push(object.key);
  return found.sort();
}

for (const kind of TEST_DATABASE_KINDS) {
  const db = () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    return handle;
  };

  test(`${kind}: evidence uploaded to S3 is read back by its learner unchanged; removed, it stays until a sweep after the grace period`, async () => {
    const store = s3Store(await newBucket(s3.settings, 'evidence'));
    const learnerId = await person(db(), 'Palesa Mahlangu', 'learner');
    await finishLessons(db(), learnerId);
    const submissionId = await startAttempt(db().db, learnerId, assessment, { lessonSlugs: FIXTURE_LESSONS });
    const pdf = minimalPdf();

    const added = await addEvidence(db().db, store, learnerId, submissionId, { name: 'job card.pdf', bytes: pdf });
    const [row] = await db().db.select().from(evidenceFile).where(eq(evidenceFile.id, added.id));
    expect(await keys(store)).toEqual([row?.storageKey]);
    const found = await evidenceForViewer(db().db, store, { id: learnerId, role: 'learner' }, added.id);
    expect(found).toMatchObject({ name: 'job card.pdf', mediaType: 'application/pdf' });
    expect(new Uint8Array(found?.bytes ?? [])).toEqual(pdf);

    await removeEvidence(db().db, store, learnerId, submissionId, added.id);
    // Another server may be storing the same bytes for its own row, so nothing is deleted at once…
    expect(await keys(store)).toEqual([row?.storageKey]);
    expect((await sweepUnreferencedObjects(db().db, store, { olderThan: HOUR })).deleted).toEqual([]);
    // …but once the grace period has passed, the sweep removes it.
    const later = new Date(Date.now() + 2 * HOUR);
    expect((await sweepUnreferencedObjects(db().db, store, { olderThan: HOUR, now: later })).deleted).toEqual([row?.storageKey]);
    expect(await keys(store)).toEqual([]);
  });

  test(`${kind}: a recording kept in S3 streams back whole and in the byte ranges a player asks for`, async () => {
    const store = s3Store(await newBucket(s3.settings, 'recordings'));
    const world = await rolePlayWorld(db());
    const bytes = recordingFixture('chromium-audio.webm');
    const kept = await keepRecording(db().db, store, { learner: world.learner, briefId: 'locked-out-before-payroll', name: 'call.webm', bytes, durationSeconds: 12 }, BRIEFS);

    const file = await recordingFileForViewer(db().db, world.assessor, kept.recordingId);
    if (!file) throw new Error('the assigned assessor should see the recording');
    expect((await store.stat(file.storageKey)).size).toBe(bytes.length);
    const whole = new Uint8Array(await new Response(await store.stream(file.storageKey)).arrayBuffer());
    expect(whole).toEqual(bytes);
    const tail = new Uint8Array(await new Response(await store.stream(file.storageKey, { start: 100, end: bytes.length - 1 })).arrayBuffer());
    expect(tail).toEqual(bytes.subarray(100));
    // The recording's row references it: a sweep long after keeps it.
    expect((await sweepUnreferencedObjects(db().db, store, { olderThan: HOUR, now: new Date(Date.now() + 2 * HOUR) })).deleted).toEqual([]);
    await expect(store.read(file.storageKey)).resolves.toHaveLength(bytes.length);
  });

  test(`${kind}: evidence whose object has gone from the bucket is not found, not a fault`, async () => {
    const store = s3Store(await newBucket(s3.settings, 'gone'));
    const learnerId = await person(db(), 'Sipho Dlamini', 'learner');
    await finishLessons(db(), learnerId);
    const submissionId = await startAttempt(db().db, learnerId, assessment, { lessonSlugs: FIXTURE_LESSONS });
    const added = await addEvidence(db().db, store, learnerId, submissionId, { name: 'ticket.pdf', bytes: minimalPdf() });
    const [row] = await db().db.select().from(evidenceFile).where(eq(evidenceFile.id, added.id));
    await store.delete(row?.storageKey ?? '');
    await expect(evidenceForViewer(db().db, store, { id: learnerId, role: 'learner' }, added.id)).rejects.toBeInstanceOf(ObjectNotFoundError);
  });
}
