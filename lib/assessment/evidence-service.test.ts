import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { addEvidence, EvidenceRefusedError } from '@/lib/assessment/evidence-service';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { startAttempt } from '@/lib/assessment/start-attempt';
import { FIXTURE_LESSONS, finishLessons, loadRealAssessment, person } from '@/lib/assessment/testing/fixtures';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { auditEvent, evidenceFile } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { StorageFullError, type WriteBytes } from '@/lib/evidence/evidence-store';
import { minimalPdf, tinyPng } from '@/lib/evidence/testing/sample-files';
import { localDiskStore } from '@/lib/storage/local-disk-store';

let assessment: LoadedAssessment;
const handles = new Map<string, DatabaseHandle>();
const roots: string[] = [];

beforeAll(async () => {
  assessment = await loadRealAssessment();
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
}, 60_000);
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

async function draftAttempt(handle: DatabaseHandle) {
  const learnerId = await person(handle, 'Palesa Mahlangu', 'learner');
  await finishLessons(handle, learnerId);
  const submissionId = await startAttempt(handle.db, learnerId, assessment, { lessonSlugs: FIXTURE_LESSONS });
  const root = mkdtempSync(path.join(tmpdir(), 'evidence-service-'));
  roots.push(root);
  return { learnerId, submissionId, root };
}

function filesBelow(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
}

// A disk that fills up halfway through writing the file.
const diskFillsUp: WriteBytes = async (file, bytes) => {
  await file.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
  throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
};

for (const kind of TEST_DATABASE_KINDS) {
  test(`${kind}: on a full disk the upload fails as StorageFullError, with no row, no audit event and no file, partial or whole`, async () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    const { learnerId, submissionId, root } = await draftAttempt(handle);
    await expect(addEvidence(handle.db, localDiskStore(root, { write: diskFillsUp }), learnerId, submissionId, { name: 'ticket.pdf', bytes: minimalPdf() })).rejects.toBeInstanceOf(StorageFullError);
    expect(await handle.db.select().from(evidenceFile).where(eq(evidenceFile.submissionId, submissionId))).toEqual([]);
    expect(await handle.db.select().from(auditEvent).where(and(eq(auditEvent.subjectId, submissionId), eq(auditEvent.type, 'evidence.added')))).toEqual([]);
    expect(filesBelow(root)).toEqual([]);
  });

  test(`${kind}: a PNG named .pdf is refused with what it really is, and nothing is stored or audited`, async () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    const { learnerId, submissionId, root } = await draftAttempt(handle);
    const refusal = await addEvidence(handle.db, localDiskStore(root), learnerId, submissionId, { name: 'something.pdf', bytes: tinyPng() }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(EvidenceRefusedError);
    expect(refusal).toMatchObject({ code: 'name-mismatch', message: '"something.pdf" is a PNG image, not a PDF: rename it to .png or choose the right file.' });
    expect(await handle.db.select().from(evidenceFile).where(eq(evidenceFile.submissionId, submissionId))).toEqual([]);
    expect(await handle.db.select().from(auditEvent).where(and(eq(auditEvent.subjectId, submissionId), eq(auditEvent.type, 'evidence.added')))).toEqual([]);
    expect(filesBelow(root)).toEqual([]);
  });

  test(`${kind}: a file with no extension is listed under the extension of its content`, async () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    const { learnerId, submissionId, root } = await draftAttempt(handle);
    const added = await addEvidence(handle.db, localDiskStore(root), learnerId, submissionId, { name: 'job card', bytes: minimalPdf() });
    expect(added).toMatchObject({ name: 'job card.pdf', mediaType: 'application/pdf' });
    const rows = await handle.db.select({ name: evidenceFile.name, mediaType: evidenceFile.mediaType }).from(evidenceFile).where(eq(evidenceFile.submissionId, submissionId));
    expect(rows).toEqual([{ name: 'job card.pdf', mediaType: 'application/pdf' }]);
  });
}
