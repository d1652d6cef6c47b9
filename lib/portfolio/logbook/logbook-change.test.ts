import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { signJudgement } from '@/lib/assessing/record-judgement';
import { judgementForm, submissionState } from '@/lib/assessing/testing/judgement-forms';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { finishLessons, givePracticalEvidence, loadRealAssessment, PASSWORD, person, RULES, submittedAttempt } from '@/lib/assessment/testing/fixtures';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { assessment, auditEvent, evidence, logbookEntry } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { RELIED_ON_MESSAGE } from '@/lib/portfolio/logbook/changeable-entry';
import { editLogbookEntry } from '@/lib/portfolio/logbook/edit-entry';
import { formatSastDateTime } from '@/lib/portfolio/logbook/entry-schema';
import { listOwnEntries } from '@/lib/portfolio/logbook/read-entries';
import { saveLogbookEntry } from '@/lib/portfolio/logbook/save-entry';
import { entryForm, LOGBOOK_CLAIMS } from '@/lib/portfolio/logbook/testing/entries';
import { withdrawLogbookEntry } from '@/lib/portfolio/logbook/withdraw-entry';
import { requireLocalDateTime as at } from '@/lib/sla/time';
import { assignAssessor } from '@/lib/users/manage-users';

const NOW = at('2026-03-10T12:00');
let content: LoadedAssessment;
const handles = new Map<string, DatabaseHandle>();
beforeAll(async () => {
  content = await loadRealAssessment();
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
});
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
});

async function entryWithEvidence(handle: DatabaseHandle, entryId: string) {
  const [entry] = await handle.db.select().from(logbookEntry).where(eq(logbookEntry.id, entryId));
  const [piece] = await handle.db.select().from(evidence).where(eq(evidence.detailId, entryId));
  if (!entry || !piece) throw new Error('entry or evidence missing');
  return { entry, piece };
}

async function logbookEvents(handle: DatabaseHandle, actorId: string) {
  return (await handle.db.select().from(auditEvent).where(eq(auditEvent.actorId, actorId))).map((event) => event.type).filter((type) => type.startsWith('logbook.'));
}

for (const kind of TEST_DATABASE_KINDS) {
  const db = () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    return handle;
  };
  const learner = async (name = 'Thandiwe Dlamini') => ({ id: await person(db(), name, 'learner'), role: 'learner' as const });
  const save = (actor: { id: string; role: 'learner' }, overrides = {}) => saveLogbookEntry(db().db, { actor, input: entryForm(overrides), claims: LOGBOOK_CLAIMS, now: NOW }).then((saved) => saved.entryId);

  test(`${kind}: editing an entry works out its due times, flags and claimed criteria again, in the entry and its evidence`, async () => {
    const actor = await learner();
    const entryId = await save(actor, { priority: 'P3' });
    const later = at('2026-03-11T08:00');
    await editLogbookEntry(db().db, {
      actor,
      entryId,
      input: entryForm({ reference: 'INC-0043', channel: 'phone', loggedAt: '2026-03-03 16:00', respondedAt: '2026-03-03 16:45', resolvedAt: '2026-03-05 11:00', escalations: [{ to: 'Vendor', at: '2026-03-04 09:20', why: 'Licence server' }] }),
      claims: LOGBOOK_CLAIMS,
      now: later,
    });
    const { entry, piece } = await entryWithEvidence(db(), entryId);
    // Resolved late, but escalated before the resolution target: no flag, and the wrong priority is corrected.
    expect(entry).toMatchObject({ reference: 'INC-0043', priority: 'P2', flags: [], responseDueAt: at('2026-03-03T17:00'), resolutionDueAt: at('2026-03-04T16:00'), updatedAt: later });
    expect(piece).toMatchObject({ title: 'Ticket INC-0043', channel: 'phone', occurredAt: at('2026-03-03T16:00'), state: 'submitted', criteria: ['AC2.1', 'AC2.2', 'AC2.3', 'AC3.1', 'AC3.2'] });
    expect(await logbookEvents(db(), actor.id)).toEqual(['logbook.entry_saved', 'logbook.entry_edited']);
  });

  test(`${kind}: an edit that makes the entry impossible is refused and changes nothing`, async () => {
    const actor = await learner();
    const entryId = await save(actor);
    const before = await entryWithEvidence(db(), entryId);
    await expect(editLogbookEntry(db().db, { actor, entryId, input: entryForm({ respondedAt: '2026-03-04 16:00' }), claims: LOGBOOK_CLAIMS, now: NOW })).rejects.toMatchObject({
      code: 'invalid',
      fields: { resolvedAt: 'The resolution cannot come before your first response (Wed 4 Mar 2026, 16:00).' },
    });
    expect(await entryWithEvidence(db(), entryId)).toEqual(before);
    expect(await logbookEvents(db(), actor.id)).toEqual(['logbook.entry_saved']);
  });

  test(`${kind}: withdrawing an entry marks its evidence withdrawn, after which it cannot be edited`, async () => {
    const actor = await learner();
    const entryId = await save(actor);
    await withdrawLogbookEntry(db().db, { actor, entryId, now: NOW });
    expect((await entryWithEvidence(db(), entryId)).piece.state).toBe('withdrawn');
    await expect(editLogbookEntry(db().db, { actor, entryId, input: entryForm(), claims: LOGBOOK_CLAIMS, now: NOW })).rejects.toMatchObject({ code: 'withdrawn' });
    await expect(withdrawLogbookEntry(db().db, { actor, entryId, now: NOW })).rejects.toMatchObject({ code: 'withdrawn' });
    expect(await logbookEvents(db(), actor.id)).toEqual(['logbook.entry_saved', 'logbook.entry_withdrawn']);
    expect((await listOwnEntries(db().db, actor.id))[0]).toMatchObject({ state: 'withdrawn', editBlocked: 'withdrawn', withdrawBlocked: 'withdrawn' });
  });

  test(`${kind}: another learner's entry is not found, for editing or withdrawing, and stays as it was`, async () => {
    const owner = await learner('Sipho Nkosi');
    const other = await learner('Anele Mthembu');
    const entryId = await save(owner);
    const before = await entryWithEvidence(db(), entryId);
    await expect(editLogbookEntry(db().db, { actor: other, entryId, input: entryForm({ reference: 'MINE' }), claims: LOGBOOK_CLAIMS, now: NOW })).rejects.toMatchObject({ code: 'not-found' });
    await expect(withdrawLogbookEntry(db().db, { actor: other, entryId, now: NOW })).rejects.toMatchObject({ code: 'not-found' });
    const admin = { id: await person(db(), 'Admin Person', 'admin'), role: 'admin' as const };
    await expect(withdrawLogbookEntry(db().db, { actor: admin, entryId, now: NOW })).rejects.toMatchObject({ code: 'not-found' });
    expect(await entryWithEvidence(db(), entryId)).toEqual(before);
  });

  test(`${kind}: an entry id that is not a UUID (a NUL, a path, a word) is not found, for editing or withdrawing`, async () => {
    const owner = await learner('Lerato Molefe');
    const entryId = await save(owner);
    const before = await entryWithEvidence(db(), entryId);
    for (const wrongId of ['\u0000', `${entryId}\u0000`, '../../etc/passwd', 'entry', '\uD800']) {
      await expect(editLogbookEntry(db().db, { actor: owner, entryId: wrongId, input: entryForm(), claims: LOGBOOK_CLAIMS, now: NOW })).rejects.toMatchObject({ code: 'not-found' });
      await expect(withdrawLogbookEntry(db().db, { actor: owner, entryId: wrongId, now: NOW })).rejects.toMatchObject({ code: 'not-found' });
    }
    expect(await entryWithEvidence(db(), entryId)).toEqual(before);
  });

  test(`${kind}: an entry a witness countersigned cannot be edited but can be withdrawn`, async () => {
    const actor = await learner();
    const entryId = await save(actor);
    await db().db.update(logbookEntry).set({ countersignedBy: 'Busisiwe Zulu', countersignedAt: at('2026-03-09T10:00') }).where(eq(logbookEntry.id, entryId));
    await expect(editLogbookEntry(db().db, { actor, entryId, input: entryForm({ description: 'Changed' }), claims: LOGBOOK_CLAIMS, now: NOW })).rejects.toMatchObject({ code: 'countersigned' });
    expect((await entryWithEvidence(db(), entryId)).entry.description).toBe('Outlook will not open on the payroll PC');
    expect((await listOwnEntries(db().db, actor.id))[0]).toMatchObject({ countersignedBy: 'Busisiwe Zulu', editBlocked: 'countersigned', withdrawBlocked: null });
    await withdrawLogbookEntry(db().db, { actor, entryId, now: NOW });
    expect((await entryWithEvidence(db(), entryId)).piece.state).toBe('withdrawn');
  });

  test(`${kind}: once a signed judgement relies on an entry, it can be neither edited nor withdrawn`, async () => {
    const admin = { id: await person(db(), 'Admin Person', 'admin'), role: 'admin' as const };
    const assessor = { id: await person(db(), 'Refilwe Maseko', 'assessor', 'MICT/ASS/0999'), role: 'assessor' as const };
    const actor = await learner('Tumelo Phiri');
    await assignAssessor(db().db, admin, actor.id, assessor.id);
    await finishLessons(db(), actor.id);
    // Recent times, so the entry is current evidence whenever the suite runs.
    const now = new Date();
    const loggedAt = new Date(now.getTime() - 10 * 24 * 60 * 60_000);
    const respondedAt = new Date(loggedAt.getTime() + 60_000);
    const { entryId } = await saveLogbookEntry(db().db, {
      actor,
      input: entryForm({ loggedAt: formatSastDateTime(loggedAt), respondedAt: formatSastDateTime(respondedAt), resolvedAt: formatSastDateTime(respondedAt) }),
      claims: LOGBOOK_CLAIMS,
      now,
    });
    await givePracticalEvidence(db(), actor.id);
    const submissionId = await submittedAttempt(db(), content, actor.id, 'Tumelo Phiri');
    const { revision } = await submissionState(db(), submissionId);
    await signJudgement(db().db, assessor, judgementForm(submissionId, revision), RULES, PASSWORD);
    const before = await entryWithEvidence(db(), entryId);
    const [signed] = await db().db.select({ evidenceIds: assessment.evidenceIds }).from(assessment).where(eq(assessment.submissionId, submissionId));
    expect(signed?.evidenceIds).toContain(before.piece.id);

    await expect(editLogbookEntry(db().db, { actor, entryId, input: entryForm({ reference: 'INC-0099' }), claims: LOGBOOK_CLAIMS, now })).rejects.toMatchObject({ code: 'relied-on', message: RELIED_ON_MESSAGE });
    await expect(withdrawLogbookEntry(db().db, { actor, entryId, now })).rejects.toMatchObject({ code: 'relied-on' });
    expect(await entryWithEvidence(db(), entryId)).toEqual(before);
    expect((await listOwnEntries(db().db, actor.id))[0]).toMatchObject({ editBlocked: 'relied-on', withdrawBlocked: 'relied-on' });
    // A later entry is not relied on and stays the learner's to change.
    const { entryId: later } = await saveLogbookEntry(db().db, { actor, input: entryForm({ reference: 'INC-0100', loggedAt: formatSastDateTime(loggedAt), respondedAt: '', resolvedAt: '' }), claims: LOGBOOK_CLAIMS, now });
    await withdrawLogbookEntry(db().db, { actor, entryId: later, now });
    expect((await entryWithEvidence(db(), later)).piece.state).toBe('withdrawn');
  });
}
