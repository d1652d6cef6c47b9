import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { loadRealAssessment } from '@/lib/assessment/testing/fixtures';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { assessment, auditEvent, evidence } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { recordingFixture } from '@/lib/evidence/testing/sample-recordings';
import { keepRecording } from '@/lib/portfolio/role-play/keep-recording';
import { listOwnRecordings } from '@/lib/portfolio/role-play/list-own-recordings';
import { readRecordingForViewer } from '@/lib/portfolio/role-play/read-recording';
import { recordingFileForViewer } from '@/lib/portfolio/role-play/recording-file';
import { BRIEFS } from '@/lib/portfolio/role-play/testing/briefs';
import { batchModerator, rolePlayWorld, signedCompetent } from '@/lib/portfolio/role-play/testing/role-play-world';
import { withdrawRecording } from '@/lib/portfolio/role-play/withdraw-recording';
import { localDiskStore } from '@/lib/storage/local-disk-store';

let content: LoadedAssessment;
const handles = new Map<string, DatabaseHandle>();
const root = mkdtempSync(path.join(tmpdir(), 'role-play-withdraw-'));
beforeAll(async () => {
  content = await loadRealAssessment();
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
});
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
  rmSync(root, { recursive: true, force: true });
});

for (const kind of TEST_DATABASE_KINDS) {
  const db = () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    return handle;
  };
  const keep = (learner: { id: string; role: 'learner' }, briefId = 'locked-out-before-payroll') =>
    keepRecording(db().db, localDiskStore(root), { learner, briefId, name: `${briefId}.webm`, bytes: recordingFixture('chromium-audio.webm'), durationSeconds: 5 }, BRIEFS);

  test(`${kind}: the learner, the assigned assessor, the batch moderator and an admin can open a recording; anyone else finds nothing`, async () => {
    const world = await rolePlayWorld(db());
    const kept = await keep(world.learner);
    for (const actor of [world.learner, world.assessor, world.admin]) {
      expect(await readRecordingForViewer(db().db, actor, kept.recordingId), actor.role).toMatchObject({ id: kept.recordingId, learnerName: 'Tumelo Phiri', state: 'submitted' });
      expect(await recordingFileForViewer(db().db, actor, kept.recordingId), actor.role).toMatchObject({ mediaType: 'audio/webm', name: 'locked-out-before-payroll.webm' });
    }
    for (const actor of [world.otherLearner, world.otherAssessor]) {
      expect(await readRecordingForViewer(db().db, actor, kept.recordingId), actor.role).toBeNull();
      expect(await recordingFileForViewer(db().db, actor, kept.recordingId), actor.role).toBeNull();
    }
    expect(await readRecordingForViewer(db().db, world.learner, 'not-a-uuid')).toBeNull();
    expect(await listOwnRecordings(db().db, world.otherLearner.id)).toEqual([]);

    await signedCompetent(db(), content, world);
    const moderator = await batchModerator(db(), world);
    expect(await readRecordingForViewer(db().db, moderator, kept.recordingId)).toMatchObject({ id: kept.recordingId, relationship: 'batch-moderator' });
  });

  test(`${kind}: another learner cannot withdraw a recording: it is not found and stays in the portfolio`, async () => {
    const world = await rolePlayWorld(db());
    const kept = await keep(world.learner);
    await expect(withdrawRecording(db().db, world.otherLearner, kept.recordingId)).rejects.toMatchObject({ code: 'not-found', status: 404 });
    await expect(withdrawRecording(db().db, world.assessor, kept.recordingId)).rejects.toMatchObject({ code: 'not-found' });
    const [piece] = await db().db.select({ state: evidence.state }).from(evidence).where(eq(evidence.id, kept.evidenceId));
    expect(piece?.state).toBe('submitted');
  });

  test(`${kind}: the learner withdraws a kept recording: its evidence is withdrawn and audited, the recording is kept, and it cannot be withdrawn twice`, async () => {
    const world = await rolePlayWorld(db());
    const kept = await keep(world.learner);
    await withdrawRecording(db().db, world.learner, kept.recordingId);
    const [piece] = await db().db.select({ state: evidence.state }).from(evidence).where(eq(evidence.id, kept.evidenceId));
    expect(piece?.state).toBe('withdrawn');
    const events = await db().db.select().from(auditEvent).where(and(eq(auditEvent.actorId, world.learner.id), eq(auditEvent.type, 'role_play.withdrawn')));
    expect(events.map((event) => event.data)).toEqual([{ recordingId: kept.recordingId, evidenceId: kept.evidenceId }]);
    expect(await listOwnRecordings(db().db, world.learner.id)).toEqual([expect.objectContaining({ id: kept.recordingId, state: 'withdrawn', reliedOn: false })]);
    expect(await readRecordingForViewer(db().db, world.assessor, kept.recordingId)).toMatchObject({ state: 'withdrawn', canNote: false });
    await expect(withdrawRecording(db().db, world.learner, kept.recordingId)).rejects.toMatchObject({ code: 'withdrawn', status: 409 });
  });

  test(`${kind}: a recording a signed judgement relies on cannot be withdrawn; one kept after signing can`, async () => {
    const world = await rolePlayWorld(db());
    const relied = await keep(world.learner);
    const submissionId = await signedCompetent(db(), content, world);
    const [signed] = await db().db.select({ evidenceIds: assessment.evidenceIds }).from(assessment).where(eq(assessment.submissionId, submissionId));
    expect(signed?.evidenceIds).toContain(relied.evidenceId);

    await expect(withdrawRecording(db().db, world.learner, relied.recordingId)).rejects.toMatchObject({
      code: 'relied-on',
      status: 409,
      message: expect.stringMatching(/^A signed judgement relies on this recording/),
    });
    const [piece] = await db().db.select({ state: evidence.state }).from(evidence).where(eq(evidence.id, relied.evidenceId));
    expect(piece?.state).toBe('submitted');

    const later = await keep(world.learner, 'unhappy-customer-visit');
    const own = await listOwnRecordings(db().db, world.learner.id);
    expect(own.map((item) => [item.id, item.reliedOn])).toEqual([
      [later.recordingId, false],
      [relied.recordingId, true],
    ]);
    await withdrawRecording(db().db, world.learner, later.recordingId);
    const [laterPiece] = await db().db.select({ state: evidence.state }).from(evidence).where(eq(evidence.id, later.evidenceId));
    expect(laterPiece?.state).toBe('withdrawn');
  });
}
