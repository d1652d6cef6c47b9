import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { auditEvent, evidence, recording } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { evidenceSize, StorageFullError, type WriteBytes } from '@/lib/evidence/evidence-store';
import { minimalPdf } from '@/lib/evidence/testing/sample-files';
import { recordingFixture, toneWav } from '@/lib/evidence/testing/sample-recordings';
import { keepRecording } from '@/lib/portfolio/role-play/keep-recording';
import { RolePlayError } from '@/lib/portfolio/role-play/role-play-errors';
import { BRIEFS, brief } from '@/lib/portfolio/role-play/testing/briefs';
import { rolePlayWorld, writtenFor } from '@/lib/portfolio/role-play/testing/role-play-world';
import { updateSettings } from '@/lib/settings/settings-store';
import { localDiskStore } from '@/lib/storage/local-disk-store';

const handles = new Map<string, DatabaseHandle>();
const root = mkdtempSync(path.join(tmpdir(), 'role-play-keep-'));
beforeAll(async () => {
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
});
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
  rmSync(root, { recursive: true, force: true });
});

function storedFiles(): string[] {
  const folder = path.join(root, 'evidence');
  try {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

async function refusal(promise: Promise<unknown>): Promise<RolePlayError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof RolePlayError)) throw new Error(`not refused with a role-play error: ${String(error)}`);
  return error;
}

// A disk that fills up halfway through writing the recording.
const diskFillsUp: WriteBytes = async (file, bytes) => {
  await file.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
  throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
};

for (const kind of TEST_DATABASE_KINDS) {
  const db = () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    return handle;
  };

  test(`${kind}: on a full disk keeping a recording fails as StorageFullError and writes nothing, neither rows nor a partial file`, async () => {
    const world = await rolePlayWorld(db());
    const filesBefore = storedFiles();
    const keeping = keepRecording(db().db, localDiskStore(root, { write: diskFillsUp }), { learner: world.learner, briefId: 'locked-out-before-payroll', name: 'full-disk.wav', bytes: toneWav(1.5), durationSeconds: null }, BRIEFS);
    await expect(keeping).rejects.toBeInstanceOf(StorageFullError);
    expect(await writtenFor(db(), world.learner.id)).toEqual({ recordings: 0, evidence: 0, roleplayEvents: 0 });
    expect(storedFiles()).toEqual(filesBefore);
  });

  test(`${kind}: keeping a recording writes the recording, its evidence claiming the brief's criteria and channel, and the audit event`, async () => {
    const world = await rolePlayWorld(db());
    const bytes = recordingFixture('chromium-audio.webm');
    const before = Date.now();
    const kept = await keepRecording(db().db, localDiskStore(root), { learner: world.learner, briefId: 'locked-out-before-payroll', name: 'locked-out-before-payroll.webm', bytes, durationSeconds: 184 }, BRIEFS);
    expect(kept).toMatchObject({ name: 'locked-out-before-payroll.webm', mediaType: 'audio/webm', size: bytes.length });

    const [row] = await db().db.select().from(recording).where(eq(recording.id, kept.recordingId));
    expect(row).toMatchObject({ learnerId: world.learner.id, briefId: 'locked-out-before-payroll', mediaType: 'audio/webm', size: bytes.length, durationSeconds: 184 });
    expect(await evidenceSize(root, row?.storageKey ?? '')).toBe(bytes.length);

    const [piece] = await db().db.select().from(evidence).where(eq(evidence.id, kept.evidenceId));
    const payroll = brief('locked-out-before-payroll');
    expect(piece).toMatchObject({
      method: 'role-play',
      criteria: payroll.criteria,
      channel: 'phone',
      title: payroll.title,
      state: 'submitted',
      detailId: kept.recordingId,
      submissionId: null,
      attesterRole: 'learner',
      attesterId: world.learner.id,
      attesterName: 'Tumelo Phiri',
      enrolmentId: row?.enrolmentId,
    });
    expect(piece?.occurredAt.getTime()).toBeGreaterThanOrEqual(before - 1000);

    const events = await db().db.select().from(auditEvent).where(eq(auditEvent.actorId, world.learner.id));
    expect(events.filter((event) => event.type === 'role_play.kept').map((event) => [event.subjectType, event.subjectId, event.data])).toEqual([
      [
        'enrolment',
        row?.enrolmentId,
        { recordingId: kept.recordingId, evidenceId: kept.evidenceId, briefId: 'locked-out-before-payroll', name: 'locked-out-before-payroll.webm', mediaType: 'audio/webm', sha256: row?.sha256, size: bytes.length },
      ],
    ]);
  });

  test(`${kind}: a PDF named .webm is refused with what it is, and nothing is written or stored`, async () => {
    const world = await rolePlayWorld(db());
    const filesBefore = storedFiles();
    const error = await refusal(keepRecording(db().db, localDiskStore(root), { learner: world.learner, briefId: 'printer-outage-chat', name: 'chat.webm', bytes: minimalPdf(), durationSeconds: null }, BRIEFS));
    expect([error.code, error.status, error.field, error.message]).toEqual([
      'wrong-type',
      400,
      'file',
      '"chat.webm" is a PDF, not a sound or video recording. Choose the recording itself: WebM, Ogg, MP4 or M4A, MP3 or WAV.',
    ]);
    expect(await writtenFor(db(), world.learner.id)).toEqual({ recordings: 0, evidence: 0, roleplayEvents: 0 });
    expect(storedFiles()).toEqual(filesBefore);
  });

  test(`${kind}: a recording over the provider's limit is refused as too large (413), and the limit follows the setting`, async () => {
    const world = await rolePlayWorld(db());
    await updateSettings(db().db, world.admin, { recordingMaxMegabytes: 1 });
    try {
      const wav = toneWav(70, 8000);
      const error = await refusal(keepRecording(db().db, localDiskStore(root), { learner: world.learner, briefId: 'printer-outage-chat', name: 'chat.wav', bytes: wav, durationSeconds: null }, BRIEFS));
      expect([error.code, error.status]).toEqual(['too-large', 413]);
      expect(error.message).toMatch(/^"chat\.wav" is 1\.1 MB; the limit is 1 MB per recording\./);
      expect(await writtenFor(db(), world.learner.id)).toEqual({ recordings: 0, evidence: 0, roleplayEvents: 0 });
      await updateSettings(db().db, world.admin, { recordingMaxMegabytes: 2 });
      await expect(keepRecording(db().db, localDiskStore(root), { learner: world.learner, briefId: 'printer-outage-chat', name: 'chat.wav', bytes: wav, durationSeconds: null }, BRIEFS)).resolves.toMatchObject({ mediaType: 'audio/wav' });
    } finally {
      await updateSettings(db().db, world.admin, { recordingMaxMegabytes: 50 });
    }
  });

  test(`${kind}: an unknown brief, or anyone but a learner, finds no role-play to keep`, async () => {
    const world = await rolePlayWorld(db());
    const bytes = recordingFixture('chromium-audio.webm');
    for (const [actor, briefId] of [
      [world.learner, 'no-such-brief'],
      [world.learner, '../etc'],
      [world.assessor, 'printer-outage-chat'],
      [world.admin, 'printer-outage-chat'],
    ] as const) {
      const error = await refusal(keepRecording(db().db, localDiskStore(root), { learner: actor, briefId, name: 'x.webm', bytes, durationSeconds: null }, BRIEFS));
      expect([error.code, error.status], `${actor.role} ${briefId}`).toEqual(['not-found', 404]);
    }
    expect(await writtenFor(db(), world.learner.id)).toEqual({ recordings: 0, evidence: 0, roleplayEvents: 0 });
  });
}
