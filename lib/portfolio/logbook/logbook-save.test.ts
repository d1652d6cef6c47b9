import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { person } from '@/lib/assessment/testing/fixtures';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { auditEvent, enrolment, evidence, logbookEntry } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { LogbookRuleError } from '@/lib/portfolio/logbook/logbook-errors';
import { listOwnEntries } from '@/lib/portfolio/logbook/read-entries';
import { readEntryFor } from '@/lib/portfolio/logbook/read-entry';
import { saveLogbookEntry } from '@/lib/portfolio/logbook/save-entry';
import { entryForm, LOGBOOK_CLAIMS } from '@/lib/portfolio/logbook/testing/entries';
import { requireLocalDateTime as at } from '@/lib/sla/time';
import { assignAssessor } from '@/lib/users/manage-users';

const NOW = at('2026-03-10T12:00');
const handles = new Map<string, DatabaseHandle>();
beforeAll(async () => {
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
});
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
});

async function learner(handle: DatabaseHandle, name = 'Thandiwe Dlamini') {
  const id = await person(handle, name, 'learner');
  return { id, role: 'learner' as const };
}

async function rowCounts(handle: DatabaseHandle, learnerId: string) {
  const entries = await handle.db.select().from(logbookEntry).where(eq(logbookEntry.learnerId, learnerId));
  const pieces = await handle.db.select().from(evidence).where(eq(evidence.learnerId, learnerId));
  const events = await handle.db.select().from(auditEvent).where(eq(auditEvent.actorId, learnerId));
  return { entries: entries.length, pieces: pieces.length, events: events.filter((event) => event.type.startsWith('logbook.')).length };
}

for (const kind of TEST_DATABASE_KINDS) {
  const db = () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    return handle;
  };

  test(`${kind}: saving an entry writes the entry with its due times and flags, its evidence and an audit event`, async () => {
    const actor = await learner(db());
    const { entryId } = await saveLogbookEntry(db().db, { actor, input: entryForm({ priority: 'P3' }), claims: LOGBOOK_CLAIMS, now: NOW });
    const [entry] = await db().db.select().from(logbookEntry).where(eq(logbookEntry.id, entryId));
    expect(entry).toMatchObject({ learnerId: actor.id, reference: 'INC-0042', priority: 'P3', responseDueAt: at('2026-03-04T09:30'), resolutionDueAt: at('2026-03-04T16:30') });
    expect(entry?.flags).toEqual(['The grid gives P2 for High impact and Medium urgency; this entry says P3.']);
    const [piece] = await db().db.select().from(evidence).where(eq(evidence.detailId, entryId));
    expect(piece).toMatchObject({
      method: 'logbook',
      channel: 'email',
      title: 'Ticket INC-0042',
      state: 'submitted',
      attesterRole: 'learner',
      attesterId: actor.id,
      attesterName: 'Thandiwe Dlamini',
      occurredAt: at('2026-03-03T16:30'),
      criteria: ['AC2.1', 'AC2.2', 'AC2.3', 'AC3.2'],
    });
    const [enrolled] = await db().db.select().from(enrolment).where(eq(enrolment.learnerId, actor.id));
    const [event] = await db().db.select().from(auditEvent).where(eq(auditEvent.type, 'logbook.entry_saved')).then((rows) => rows.filter((row) => row.actorId === actor.id));
    expect(event).toMatchObject({ subjectType: 'enrolment', subjectId: enrolled?.id, data: { entryId, evidenceId: piece?.id, criteria: piece?.criteria, flags: 1 } });
  });

  test(`${kind}: the criteria claimed follow what the entry shows: late, escalated, followed up`, async () => {
    const actor = await learner(db());
    const { entryId: late } = await saveLogbookEntry(db().db, { actor, input: entryForm({ respondedAt: '2026-03-04 10:00' }), claims: LOGBOOK_CLAIMS, now: NOW });
    const { entryId: full } = await saveLogbookEntry(db().db, {
      actor,
      input: entryForm({
        escalations: [{ to: 'Exchange administrator', at: '2026-03-04 09:15', why: 'Mailbox database needs repair' }],
        followUp: { at: '2026-03-05 10:00', how: 'Phoned the payroll officer' },
      }),
      claims: LOGBOOK_CLAIMS,
      now: NOW,
    });
    const criteriaOf = async (entryId: string) => (await db().db.select().from(evidence).where(eq(evidence.detailId, entryId)))[0]?.criteria;
    expect(await criteriaOf(late)).toEqual(['AC2.1', 'AC2.2']);
    expect(await criteriaOf(full)).toEqual(['AC2.1', 'AC2.2', 'AC2.3', 'AC3.1', 'AC3.2', 'AC3.3']);
    const [entry] = await db().db.select().from(logbookEntry).where(eq(logbookEntry.id, full));
    expect(entry?.escalations).toEqual([{ to: 'Exchange administrator', at: at('2026-03-04T09:15').toISOString(), why: 'Mailbox database needs repair' }]);
    expect(entry?.followUp).toEqual({ at: at('2026-03-05T10:00').toISOString(), how: 'Phoned the payroll officer' });
  });

  test(`${kind}: an impossible entry is refused per field and nothing is written`, async () => {
    const actor = await learner(db());
    const refusal = saveLogbookEntry(db().db, { actor, input: entryForm({ resolvedAt: '2026-03-03 10:00' }), claims: LOGBOOK_CLAIMS, now: NOW });
    await expect(refusal).rejects.toBeInstanceOf(LogbookRuleError);
    await expect(refusal).rejects.toMatchObject({ code: 'invalid', fields: { resolvedAt: 'The resolution cannot come before the ticket was logged (Tue 3 Mar 2026, 16:30).' } });
    await expect(saveLogbookEntry(db().db, { actor, input: entryForm({ customer: '8001015009087' }), claims: LOGBOOK_CLAIMS, now: NOW })).rejects.toMatchObject({ fields: { customer: expect.stringMatching(/ID number/) } });
    expect(await rowCounts(db(), actor.id)).toEqual({ entries: 0, pieces: 0, events: 0 });
  });

  test(`${kind}: only a learner keeps a logbook`, async () => {
    const assessor = { id: await person(db(), 'Refilwe Maseko', 'assessor', 'MICT/ASS/0101'), role: 'assessor' as const };
    await expect(saveLogbookEntry(db().db, { actor: assessor, input: entryForm(), claims: LOGBOOK_CLAIMS, now: NOW })).rejects.toMatchObject({ code: 'not-enrolled' });
    expect(await rowCounts(db(), assessor.id)).toEqual({ entries: 0, pieces: 0, events: 0 });
  });

  test(`${kind}: an entry is read by the learner, their assessor and an admin, and by no one else`, async () => {
    const owner = await learner(db(), 'Sipho Nkosi');
    const other = await learner(db(), 'Anele Mthembu');
    const admin = { id: await person(db(), 'Admin Person', 'admin'), role: 'admin' as const };
    const assessor = { id: await person(db(), 'Refilwe Maseko', 'assessor', 'MICT/ASS/0102'), role: 'assessor' as const };
    const stranger = { id: await person(db(), 'Pieter Botha', 'assessor', 'MICT/ASS/0103'), role: 'assessor' as const };
    const moderator = { id: await person(db(), 'Naledi Mokoena', 'moderator', 'MICT/MOD/0104'), role: 'moderator' as const };
    await assignAssessor(db().db, admin, owner.id, assessor.id);
    const { entryId } = await saveLogbookEntry(db().db, { actor: owner, input: entryForm(), claims: LOGBOOK_CLAIMS, now: NOW });
    for (const reader of [owner, assessor, admin]) expect((await readEntryFor(db().db, reader, entryId))?.reference, reader.role).toBe('INC-0042');
    for (const reader of [other, stranger, moderator]) expect(await readEntryFor(db().db, reader, entryId), reader.role).toBeNull();
    expect(await readEntryFor(db().db, owner, 'no-such-entry')).toBeNull();
    expect(await listOwnEntries(db().db, other.id)).toEqual([]);
    expect((await listOwnEntries(db().db, owner.id)).map((entry) => [entry.reference, entry.gridPriority, entry.editBlocked])).toEqual([['INC-0042', 'P2', null]]);
  });
}
