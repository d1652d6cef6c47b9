import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { loadRealAssessment, person } from '@/lib/assessment/testing/fixtures';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { auditEvent, recordingNote } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { recordingFixture } from '@/lib/evidence/testing/sample-recordings';
import { addRecordingNote } from '@/lib/portfolio/role-play/add-recording-note';
import { keepRecording } from '@/lib/portfolio/role-play/keep-recording';
import { readRecordingForViewer } from '@/lib/portfolio/role-play/read-recording';
import { RecordingNoteSchema } from '@/lib/portfolio/role-play/role-play-schemas';
import { BRIEFS } from '@/lib/portfolio/role-play/testing/briefs';
import { batchModerator, rolePlayWorld, signedCompetent } from '@/lib/portfolio/role-play/testing/role-play-world';
import { withdrawRecording } from '@/lib/portfolio/role-play/withdraw-recording';
import { localDiskStore } from '@/lib/storage/local-disk-store';

let content: LoadedAssessment;
const handles = new Map<string, DatabaseHandle>();
const root = mkdtempSync(path.join(tmpdir(), 'role-play-notes-'));
beforeAll(async () => {
  content = await loadRealAssessment();
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
});
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
  rmSync(root, { recursive: true, force: true });
});

const note = (recordingId: string, at: string, criterion: string, text: string) => RecordingNoteSchema.parse({ recordingId, at, criterion, note: text });

for (const kind of TEST_DATABASE_KINDS) {
  const db = () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    return handle;
  };
  async function kept() {
    const world = await rolePlayWorld(db());
    const { recordingId } = await keepRecording(db().db, localDiskStore(root), { learner: world.learner, briefId: 'locked-out-before-payroll', name: 'call.webm', bytes: recordingFixture('chromium-audio.webm'), durationSeconds: 200 }, BRIEFS);
    return { world, recordingId };
  }
  const notesOf = async (recordingId: string) => db().db.select().from(recordingNote).where(eq(recordingNote.recordingId, recordingId));

  test(`${kind}: the assigned assessor notes a moment against a criterion; the note is audited and listed in time order`, async () => {
    const { world, recordingId } = await kept();
    const later = await addRecordingNote(db().db, world.assessor, note(recordingId, '2:10', 'AC2.4', 'Gives ticket number and a time frame.'), BRIEFS);
    const earlier = await addRecordingNote(db().db, world.assessor, note(recordingId, '0:12', 'AC1.3', 'Warm greeting, gives own name.'), BRIEFS);
    const view = await readRecordingForViewer(db().db, world.assessor, recordingId);
    expect(view?.canNote).toBe(true);
    expect(view?.notes.map((item) => [item.id, item.atSeconds, item.criterion, item.note, item.authorName])).toEqual([
      [earlier, 12, 'AC1.3', 'Warm greeting, gives own name.', 'Refilwe Maseko'],
      [later, 130, 'AC2.4', 'Gives ticket number and a time frame.', 'Refilwe Maseko'],
    ]);
    const events = await db().db.select().from(auditEvent).where(eq(auditEvent.actorId, world.assessor.id));
    expect(events.filter((event) => event.type === 'role_play.noted').map((event) => event.data)).toEqual([
      { recordingId, noteId: later, criterion: 'AC2.4', atSeconds: 130 },
      { recordingId, noteId: earlier, criterion: 'AC1.3', atSeconds: 12 },
    ]);
  });

  test(`${kind}: a criterion outside the brief is refused on its field and nothing is written`, async () => {
    const { world, recordingId } = await kept();
    await expect(addRecordingNote(db().db, world.assessor, note(recordingId, '0:30', 'AC3.4', 'Not this brief.'), BRIEFS)).rejects.toMatchObject({
      code: 'criterion',
      status: 400,
      field: 'criterion',
      message: "Choose one of this role-play's criteria: AC1.1, AC1.2, AC1.3, AC2.4.",
    });
    expect(await notesOf(recordingId)).toEqual([]);
  });

  test(`${kind}: only the assigned assessor and the batch moderator may note; the learner, an admin and an unassigned assessor find no recording`, async () => {
    const { world, recordingId } = await kept();
    for (const actor of [world.learner, world.otherLearner, world.otherAssessor, world.admin]) {
      await expect(addRecordingNote(db().db, actor, note(recordingId, '0:05', 'AC1.1', 'Trying.'), BRIEFS), actor.role).rejects.toMatchObject({ code: 'not-found', status: 404 });
    }
    expect(await notesOf(recordingId)).toEqual([]);
    expect((await readRecordingForViewer(db().db, world.admin, recordingId))?.canNote).toBe(false);

    const unbatched = { id: await person(db(), 'Lindiwe Dube', 'moderator', 'MICT/MOD/0007'), role: 'moderator' as const };
    await expect(addRecordingNote(db().db, unbatched, note(recordingId, '0:05', 'AC1.1', 'Not my batch.'), BRIEFS)).rejects.toMatchObject({ code: 'not-found' });
    await signedCompetent(db(), content, world);
    const moderator = await batchModerator(db(), world);
    await addRecordingNote(db().db, moderator, note(recordingId, '1:00', 'AC1.2', 'Agree: the deadline is drawn out with open questions.'), BRIEFS);
    expect((await notesOf(recordingId)).map((row) => [row.authorId, row.atSeconds])).toEqual([[moderator.id, 60]]);
  });

  test(`${kind}: the learner reads the assessor's notes once a judgement is signed, not moderators' notes nor notes written after it`, async () => {
    const { world, recordingId } = await kept();
    await addRecordingNote(db().db, world.assessor, note(recordingId, '0:40', 'AC1.2', 'Reads the problem back.'), BRIEFS);
    const before = await readRecordingForViewer(db().db, world.learner, recordingId);
    expect(before?.notes).toEqual([]);
    expect(before?.notesAwaitSignature).toBe(true);
    expect(before?.canNote).toBe(false);

    await signedCompetent(db(), content, world);
    const moderator = await batchModerator(db(), world);
    await addRecordingNote(db().db, moderator, note(recordingId, '0:50', 'AC1.3', 'For the assessor: tone fine.'), BRIEFS);
    await addRecordingNote(db().db, world.assessor, note(recordingId, '0:55', 'AC1.1', 'Written after signing.'), BRIEFS);
    const after = await readRecordingForViewer(db().db, world.learner, recordingId);
    expect(after?.notesAwaitSignature).toBe(false);
    expect(after?.notes.map((item) => item.note)).toEqual(['Reads the problem back.']);
    expect((await readRecordingForViewer(db().db, world.assessor, recordingId))?.notes).toHaveLength(3);
  });

  test(`${kind}: a withdrawn recording takes no more notes`, async () => {
    const { world, recordingId } = await kept();
    await withdrawRecording(db().db, world.learner, recordingId);
    await expect(addRecordingNote(db().db, world.assessor, note(recordingId, '0:05', 'AC1.1', 'Late.'), BRIEFS)).rejects.toMatchObject({ code: 'withdrawn', status: 409 });
    expect(await notesOf(recordingId)).toEqual([]);
  });
}

test('the note form refuses a time that is not one, an empty note and a missing criterion, each on its field', () => {
  const result = RecordingNoteSchema.safeParse({ recordingId: crypto.randomUUID(), at: '1:75', criterion: '', note: '  ' });
  expect(result.success).toBe(false);
  const fields = Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));
  expect(fields).toEqual({ at: 'Enter the time as minutes and seconds, such as 1:05.', criterion: 'Choose the criterion the note is about.', note: 'Write the note.' });
});
