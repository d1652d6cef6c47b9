import { randomBytes, randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { person } from '@/lib/assessment/testing/fixtures';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { auditEvent, enrolment, evidenceFile, recording, recordSnapshot, submission } from '@/lib/db/schema';
import type { SubmissionStatus } from '@/lib/db/schema/assessment';
import { openTestDatabase, TEST_DATABASE_KINDS, type TestDatabaseKind } from '@/lib/db/testing/test-databases';
import { expireEvidence, monthsBefore } from '@/lib/privacy/expire-evidence';
import { updateSettings } from '@/lib/settings/settings-store';

// The retention run looks at every enrolment in the database, so each test has a database of its own.
async function withDatabase(kind: TestDatabaseKind, body: (handle: DatabaseHandle) => Promise<void>): Promise<void> {
  const handle = await openTestDatabase(kind);
  try {
    await body(handle);
  } finally {
    await handle.close();
  }
}

const NOW = new Date('2027-06-15T08:00:00.000Z');
const monthsAgo = (months: number) => monthsBefore(NOW, months);
const fakeKey = () => {
  const sha256 = randomBytes(32).toString('hex');
  return { sha256, storageKey: `evidence/${sha256.slice(0, 2)}/${sha256}` };
};

/** A learner's enrolment with one attempt in the given state, one uploaded file and one recording made at `filesAt`. */
async function learnerWithFiles(handle: DatabaseHandle, fullName: string, filesAt: Date, status: SubmissionStatus = 'final') {
  const learnerId = await person(handle, fullName, 'learner');
  const [row] = await handle.db.select({ id: enrolment.id }).from(enrolment).where(eq(enrolment.learnerId, learnerId));
  if (!row) throw new Error('the learner has no enrolment');
  const enrolmentId = row.id;
  const submissionId = await attempt(handle, { enrolmentId, learnerId }, 1, status);
  const fileId = randomUUID();
  await handle.db.insert(evidenceFile).values({ id: fileId, submissionId, name: 'ticket notes.pdf', mediaType: 'application/pdf', size: 300, ...fakeKey(), createdAt: filesAt });
  const recordingId = await recordingAt(handle, { enrolmentId, learnerId }, filesAt);
  return { learnerId, enrolmentId, submissionId, fileId, recordingId };
}

async function attempt(handle: DatabaseHandle, owner: { enrolmentId: string; learnerId: string }, attemptNumber: number, status: SubmissionStatus): Promise<string> {
  const id = randomUUID();
  await handle.db.insert(submission).values({ id, ...owner, attemptNumber, status, itemSeed: 'seed', courseVersion: 'test' });
  return id;
}

async function recordingAt(handle: DatabaseHandle, owner: { enrolmentId: string; learnerId: string }, createdAt: Date): Promise<string> {
  const id = randomUUID();
  await handle.db.insert(recording).values({ id, ...owner, briefId: 'locked-out-before-payroll', name: 'call.webm', mediaType: 'audio/webm', size: 900, ...fakeKey(), createdAt });
  return id;
}

/** A sealed record version of the attempt made final at `createdAt` (superseded at `supersededAt`, if given). */
async function sealed(handle: DatabaseHandle, learner: { enrolmentId: string; submissionId: string }, version: number, createdAt: Date, supersededAt: Date | null = null): Promise<void> {
  await handle.db.insert(recordSnapshot).values({
    id: randomUUID(),
    enrolmentId: learner.enrolmentId,
    submissionId: learner.submissionId,
    version,
    canonicalJson: '{}',
    sha256: randomBytes(32).toString('hex'),
    verificationCode: randomBytes(6).toString('hex'),
    createdAt,
    createdBy: 'moderator',
    supersededAt,
  });
}

async function removedAt(handle: DatabaseHandle, learner: { fileId: string; recordingId: string }) {
  const [file] = await handle.db.select({ at: evidenceFile.removedAt }).from(evidenceFile).where(eq(evidenceFile.id, learner.fileId));
  const [kept] = await handle.db.select({ at: recording.removedAt }).from(recording).where(eq(recording.id, learner.recordingId));
  return { file: file?.at ?? null, recording: kept?.at ?? null };
}

async function expiryEvents(handle: DatabaseHandle) {
  return handle.db
    .select({ actorId: auditEvent.actorId, subjectType: auditEvent.subjectType, subjectId: auditEvent.subjectId, data: auditEvent.data })
    .from(auditEvent)
    .where(inArray(auditEvent.type, ['evidence.expired']));
}

const retention = (handle: DatabaseHandle, months: number) => updateSettings(handle.db, null, { evidenceRetentionMonths: months });

test('a month earlier keeps the day of the month, or takes the last day of a shorter month', () => {
  expect(monthsBefore(new Date('2027-06-15T08:00:00Z'), 12)).toEqual(new Date('2026-06-15T08:00:00Z'));
  expect(monthsBefore(new Date('2027-03-31T10:00:00Z'), 1)).toEqual(new Date('2027-02-28T10:00:00Z'));
  expect(monthsBefore(new Date('2028-03-31T10:00:00Z'), 13)).toEqual(new Date('2027-02-28T10:00:00Z'));
  expect(monthsBefore(new Date('2027-01-31T10:00:00Z'), 11)).toEqual(new Date('2026-02-28T10:00:00Z'));
});

for (const kind of TEST_DATABASE_KINDS) {
  test(`${kind}: with 12 months' retention, a record final 13 months ago loses its files and its learner is audited once; one final 11 months ago keeps them`, async () => {
    await withDatabase(kind, async (handle) => {
      const old = await learnerWithFiles(handle, 'Lerato Mokoena', monthsAgo(14));
      await sealed(handle, old, 1, monthsAgo(13));
      // Kept after the record was final and only a month ago: inside the period itself, so it stays.
      const recent = await recordingAt(handle, old, monthsAgo(1));
      const young = await learnerWithFiles(handle, 'Sipho Dlamini', monthsAgo(12));
      await sealed(handle, young, 1, monthsAgo(11));
      await retention(handle, 12);

      const report = await expireEvidence(handle.db, NOW);

      expect(report).toEqual({ months: 12, cutoff: monthsAgo(12), learners: 1, evidenceFiles: 1, recordings: 1 });
      expect(await removedAt(handle, old)).toEqual({ file: NOW, recording: NOW });
      expect(await removedAt(handle, { ...old, recordingId: recent })).toEqual({ file: NOW, recording: null });
      expect(await removedAt(handle, young)).toEqual({ file: null, recording: null });
      expect(await expiryEvents(handle)).toEqual([{ actorId: null, subjectType: 'user', subjectId: old.learnerId, data: { files: 2, months: 12 } }]);
    });
  });

  test(`${kind}: retention 0, the default, removes nothing however old the record, and a second run removes nothing twice`, async () => {
    await withDatabase(kind, async (handle) => {
      const old = await learnerWithFiles(handle, 'Thabo Nkosi', monthsAgo(60));
      await sealed(handle, old, 1, monthsAgo(59));

      expect(await expireEvidence(handle.db, NOW)).toEqual({ months: 0, cutoff: null, learners: 0, evidenceFiles: 0, recordings: 0 });
      expect(await removedAt(handle, old)).toEqual({ file: null, recording: null });
      expect(await expiryEvents(handle)).toEqual([]);

      await retention(handle, 12);
      expect(await expireEvidence(handle.db, NOW)).toMatchObject({ learners: 1, evidenceFiles: 1, recordings: 1 });
      const later = new Date(NOW.getTime() + 86_400_000);
      expect(await expireEvidence(handle.db, later)).toMatchObject({ learners: 0, evidenceFiles: 0, recordings: 0 });
      // The first removal's date stands, and the learner is audited once.
      expect(await removedAt(handle, old)).toEqual({ file: NOW, recording: NOW });
      expect(await expiryEvents(handle)).toHaveLength(1);
    });
  });

  test(`${kind}: only the current record's date counts, and a learner on a later attempt after a final Not Yet Competent keeps their files`, async () => {
    await withDatabase(kind, async (handle) => {
      // Corrected 6 months ago: the first version, 30 months old, no longer starts the clock.
      const corrected = await learnerWithFiles(handle, 'Naledi Khumalo', monthsAgo(31));
      await sealed(handle, corrected, 1, monthsAgo(30), monthsAgo(6));
      await sealed(handle, corrected, 2, monthsAgo(6));
      // Corrected 13 months ago: the current version is past the period, whatever came before it.
      const correctedLongAgo = await learnerWithFiles(handle, 'Kagiso Molefe', monthsAgo(21));
      await sealed(handle, correctedLongAgo, 1, monthsAgo(20), monthsAgo(13));
      await sealed(handle, correctedLongAgo, 2, monthsAgo(13));
      // Final Not Yet Competent 20 months ago, and a second attempt under way: not final any more.
      const retrying = await learnerWithFiles(handle, 'Anele Mthembu', monthsAgo(21), 'final');
      await sealed(handle, retrying, 1, monthsAgo(20));
      await attempt(handle, retrying, 2, 'draft');
      await retention(handle, 12);

      const report = await expireEvidence(handle.db, NOW);

      expect(report).toMatchObject({ learners: 1, evidenceFiles: 1, recordings: 1 });
      expect(await removedAt(handle, corrected)).toEqual({ file: null, recording: null });
      expect(await removedAt(handle, correctedLongAgo)).toEqual({ file: NOW, recording: NOW });
      expect(await removedAt(handle, retrying)).toEqual({ file: null, recording: null });
      expect((await expiryEvents(handle)).map((event) => event.subjectId)).toEqual([correctedLongAgo.learnerId]);
    });
  });
}
