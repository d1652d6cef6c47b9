import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { GET as getEvidenceFile } from '@/app/api/evidence/[fileId]/route';
import { GET as getRecording } from '@/app/api/recordings/[recordingId]/route';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { loadRealAssessment, PASSWORD, RULES } from '@/lib/assessment/testing/fixtures';
import { type Auth, createAuth } from '@/lib/auth/create-auth';
import { getCourseContentForTests } from '@/lib/content/testing/course-for-tests';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { enrolment, evidenceFile, recordSnapshot } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { recordingFixture } from '@/lib/evidence/testing/sample-recordings';
import { keepRecording } from '@/lib/portfolio/role-play/keep-recording';
import { BRIEFS } from '@/lib/portfolio/role-play/testing/briefs';
import { expireEvidence } from '@/lib/privacy/expire-evidence';
import { collectLearnerData } from '@/lib/privacy/learner-data';
import { removedFileMessage, removedOn } from '@/lib/privacy/removed-file';
import { dataRightsWorld } from '@/lib/privacy/testing/data-rights-world';
import type { RecordDeps } from '@/lib/record/build-record';
import { snapshotIntact } from '@/lib/record/snapshot-record';
import { updateSettings } from '@/lib/settings/settings-store';
import { evidenceObjectStore } from '@/lib/storage/evidence-object-store';
import { sweepUnreferencedObjects } from '@/lib/storage/sweep-unreferenced-objects';
import { fakeRequest } from '@/lib/testing/fuzz/next-fakes';

// The download routes are called directly, as the fuzz suite calls them: Next's request headers,
// the database and the session come from the test.
const current = vi.hoisted(() => ({ handle: null as DatabaseHandle | null, auth: null as Auth | null, dataDir: '' }));
vi.mock('next/headers', async () => (await import('@/lib/testing/fuzz/next-fakes')).fakeHeadersModule);
vi.mock('@/lib/db/client', () => ({
  getDb: async () => {
    if (!current.handle) throw new Error('no test database');
    return current.handle.db;
  },
}));
vi.mock('@/lib/auth/auth', () => ({
  getAuth: async () => {
    if (!current.auth) throw new Error('no test auth');
    return current.auth;
  },
}));
vi.mock('@/lib/db/data-dir', () => ({ dataDir: () => current.dataDir }));

let content: LoadedAssessment;
let deps: RecordDeps;
let root: string;
beforeAll(async () => {
  content = await loadRealAssessment();
  const course = await getCourseContentForTests();
  deps = { course: course.course, outcomes: course.outcomes, parts: content.definition.parts, sufficiency: RULES.sufficiency, baseUrl: 'https://records.example.co.za' };
  root = await mkdtemp(path.join(tmpdir(), 'expired-files-'));
}, 60_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

async function signIn(auth: Auth, email: string): Promise<void> {
  const response = await auth.api.signInEmail({ body: { email, password: PASSWORD }, asResponse: true });
  const cookie = response.headers
    .getSetCookie()
    .map((value) => value.split(';')[0] ?? '')
    .join('; ');
  fakeRequest.headers = new Headers({ cookie });
}

const download = (fileId: string) => getEvidenceFile(new Request(`http://localhost:3000/api/evidence/${fileId}`), { params: Promise.resolve({ fileId }) });
const play = (recordingId: string) => getRecording(new Request(`http://localhost:3000/api/recordings/${recordingId}`), { params: Promise.resolve({ recordingId }) });

test('a removed file is explained with its date in South African time, not reported as missing', () => {
  // 23:30 UTC on 30 June is already 1 July in Johannesburg.
  expect(removedOn(new Date('2027-06-30T23:30:00Z'))).toBe('removed on 01 July 2027');
  expect(removedFileMessage(new Date('2027-06-30T23:30:00Z'))).toBe(
    "This file was removed on 01 July 2027 under the provider's retention policy; the record keeps its name and fingerprint.",
  );
});

for (const kind of TEST_DATABASE_KINDS) {
  test(`${kind}: 13 months after a record was sealed by a signed batch, its file and recording answer 410 with the date, the record still names them, and the sweep deletes their bytes`, async () => {
    const handle = await openTestDatabase(kind);
    current.handle = handle;
    current.auth = createAuth(handle.db, 'expired-files-secret-0123456789abcdef');
    try {
      // A data folder of this run's own: the sweep deletes whatever this database does not name.
      current.dataDir = await mkdtemp(path.join(root, `${kind}-`));
      const store = evidenceObjectStore();
      const world = await dataRightsWorld(handle, store, content, deps, { final: 'Zodwa Mahlangu', open: 'Musa Khoza' });
      const bytes = recordingFixture('chromium-audio.webm');
      const kept = await keepRecording(handle.db, store, { learner: { id: world.final.id, role: 'learner' }, briefId: 'locked-out-before-payroll', name: 'call.webm', bytes, durationSeconds: 8 }, BRIEFS);
      const [file] = await handle.db.select().from(evidenceFile).where(eq(evidenceFile.submissionId, world.final.submissionId));
      if (!file) throw new Error('the final learner has no evidence file');
      await signIn(current.auth, world.final.email);
      expect((await download(file.id)).status).toBe(200);
      const playing = await play(kept.recordingId);
      expect(playing.status).toBe(200);
      // Read to the end, so the stream closes its file.
      expect((await playing.arrayBuffer()).byteLength).toBe(bytes.length);

      await updateSettings(handle.db, world.admin, { evidenceRetentionMonths: 12 });
      const later = new Date(Date.now() + 400 * DAY);
      expect(await expireEvidence(handle.db, later)).toMatchObject({ learners: 1, evidenceFiles: 1, recordings: 1 });

      for (const response of [await download(file.id), await play(kept.recordingId)]) {
        expect(response.status).toBe(410);
        expect(await response.json()).toEqual({ error: removedFileMessage(later), code: 'removed' });
      }
      // The sealed record is untouched and still names the file and its fingerprint.
      const [sealed] = await handle.db.select().from(recordSnapshot).innerJoin(enrolment, eq(enrolment.id, recordSnapshot.enrolmentId)).where(eq(enrolment.learnerId, world.final.id));
      expect(sealed && snapshotIntact(sealed.record_snapshot)).toBe(true);
      expect(sealed?.record_snapshot.canonicalJson).toContain(file.sha256);
      // The learner's own copy of their data lists both as removed rather than failing on their bytes.
      expect((await collectLearnerData(handle.db, world.final.id)).files.map((held) => held.removedAt)).toEqual([later, later]);

      const recordingKey = (await collectLearnerData(handle.db, world.final.id)).files.find((held) => held.folder === 'recordings')?.storageKey;
      const swept = await sweepUnreferencedObjects(handle.db, store, { olderThan: HOUR, now: new Date(later.getTime() + 2 * HOUR) });
      expect(swept.deleted.sort()).toEqual([world.final.storageKey, recordingKey].sort());
      // The learner whose record is not final keeps their file.
      expect(Buffer.from(await store.read(world.open.storageKey))).toEqual(Buffer.from(world.open.evidenceBytes));
      // With the bytes gone the answer is still 410, never a 404 or a fault.
      expect((await download(file.id)).status).toBe(410);
    } finally {
      current.handle = null;
      current.auth = null;
      await handle.close();
    }
  }, 120_000);
}
