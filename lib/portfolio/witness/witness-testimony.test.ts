import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { auditEvent, evidence, logbookEntry, witnessInvitation, witnessTestimony } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { completeWitnessTestimony } from '@/lib/portfolio/witness/complete-testimony';
import { issueWitnessInvitation } from '@/lib/portfolio/witness/issue-invitation';
import { openWitnessLink } from '@/lib/portfolio/witness/open-witness-link';
import { revokeWitnessInvitation } from '@/lib/portfolio/witness/revoke-invitation';
import { INVITATION, learner, logbookEntryFor, testimonyForm, WITNESS_CODES, witnessWrites } from '@/lib/portfolio/witness/testing/witness-fixtures';
import { hashWitnessToken } from '@/lib/portfolio/witness/witness-token';

const handles = new Map<string, DatabaseHandle>();
beforeAll(async () => {
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
});
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
});

const DAY = 24 * 60 * 60 * 1000;

for (const kind of TEST_DATABASE_KINDS) {
  const db = () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    return handle;
  };

  test(`${kind}: a signed testimony writes the testimony, one signed evidence piece per channel and the audit event, and marks the link used`, async () => {
    const sipho = await learner(db());
    const { token, invitationId } = await issueWitnessInvitation(db().db, sipho.actor, INVITATION);
    const before = await witnessWrites(db());
    const signedAt = new Date();
    const form = testimonyForm(token, { 'AC1.1': 'phone', 'AC1.3': 'email', 'AC3.4': 'phone' });
    const { testimonyId, evidenceIds } = await completeWitnessTestimony(db().db, form, WITNESS_CODES, signedAt);

    const [testimony] = await db().db.select().from(witnessTestimony).where(eq(witnessTestimony.id, testimonyId));
    expect(testimony).toMatchObject({
      invitationId,
      confirmedName: 'Thandi Mokoena',
      confirmedRole: 'Team leader, service desk',
      confirmedOrganisation: 'Acme IT (Pty) Ltd',
      declarationName: 'Thandi Mokoena',
      countersignedEntries: [],
    });
    expect(testimony?.answers).toEqual({
      'AC1.1': { saw: 'What I saw for AC1.1', frequency: 'regularly', context: 'Context for AC1.1', channel: 'phone' },
      'AC1.3': { saw: 'What I saw for AC1.3', frequency: 'regularly', context: 'Context for AC1.3', channel: 'email' },
      'AC3.4': { saw: 'What I saw for AC3.4', frequency: 'regularly', context: 'Context for AC3.4', channel: 'phone' },
    });

    const pieces = await db().db.select().from(evidence).where(eq(evidence.detailId, testimonyId));
    expect(pieces.map((piece) => piece.id).sort()).toEqual([...evidenceIds].sort());
    expect(pieces.map((piece) => [piece.channel, piece.criteria]).sort()).toEqual([
      ['email', ['AC1.3']],
      ['phone', ['AC1.1', 'AC3.4']],
    ]);
    for (const piece of pieces) {
      expect(piece).toMatchObject({
        enrolmentId: sipho.enrolmentId,
        learnerId: sipho.actor.id,
        method: 'witness',
        title: 'Testimony of Thandi Mokoena, Team leader, service desk',
        state: 'signed',
        submissionId: null,
        attesterRole: 'witness',
        attesterId: null,
        attesterName: 'Thandi Mokoena',
      });
      expect(piece.occurredAt.toISOString()).toBe(signedAt.toISOString());
    }

    const [invitation] = await db().db.select().from(witnessInvitation).where(eq(witnessInvitation.id, invitationId));
    expect(invitation?.usedAt?.toISOString()).toBe(signedAt.toISOString());
    const [event] = await db().db.select().from(auditEvent).where(eq(auditEvent.type, 'witness.testimony_signed'));
    expect(event).toMatchObject({ actorId: null, subjectType: 'enrolment', subjectId: sipho.enrolmentId });
    expect(event?.data).toMatchObject({ invitationId, testimonyId, witnessName: 'Thandi Mokoena', criteria: ['AC1.1', 'AC1.3', 'AC3.4'], countersignedEntries: [] });
    expect(JSON.stringify(event)).not.toContain(token);
    expect(JSON.stringify(event)).not.toContain(hashWitnessToken(token));

    expect(await witnessWrites(db())).toEqual({
      ...before,
      testimonies: before.testimonies + 1,
      pieces: before.pieces + 2,
      audits: [...before.audits, 'witness.testimony_signed'].sort(),
      used: before.used + 1,
    });
  });

  test(`${kind}: a link works once: the second testimony is refused as used and writes nothing`, async () => {
    const sipho = await learner(db());
    const { token } = await issueWitnessInvitation(db().db, sipho.actor, INVITATION);
    await completeWitnessTestimony(db().db, testimonyForm(token, { 'AC1.1': 'phone' }), WITNESS_CODES);
    const before = await witnessWrites(db());
    await expect(completeWitnessTestimony(db().db, testimonyForm(token, { 'AC2.1': 'email' }), WITNESS_CODES)).rejects.toMatchObject({ code: 'used' });
    expect(await witnessWrites(db())).toEqual(before);
    expect(await openWitnessLink(db().db, token)).toEqual({ ok: false, refusal: 'used' });
  });

  test(`${kind}: an expired or revoked link is refused and writes nothing`, async () => {
    const sipho = await learner(db());
    const expired = await issueWitnessInvitation(db().db, sipho.actor, INVITATION, new Date(Date.now() - 15 * DAY));
    const revoked = await issueWitnessInvitation(db().db, sipho.actor, INVITATION);
    await revokeWitnessInvitation(db().db, sipho.actor, revoked.invitationId);
    const before = await witnessWrites(db());
    await expect(completeWitnessTestimony(db().db, testimonyForm(expired.token, { 'AC1.1': 'phone' }), WITNESS_CODES)).rejects.toMatchObject({ code: 'expired' });
    await expect(completeWitnessTestimony(db().db, testimonyForm(revoked.token, { 'AC1.1': 'phone' }), WITNESS_CODES)).rejects.toMatchObject({ code: 'revoked' });
    expect(await witnessWrites(db())).toEqual(before);
    expect(await openWitnessLink(db().db, expired.token)).toEqual({ ok: false, refusal: 'expired' });
    expect(await openWitnessLink(db().db, revoked.token)).toEqual({ ok: false, refusal: 'revoked' });
  });

  test(`${kind}: an altered or unknown token is refused as unknown and writes nothing`, async () => {
    const sipho = await learner(db());
    const { token } = await issueWitnessInvitation(db().db, sipho.actor, INVITATION);
    const altered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    const before = await witnessWrites(db());
    await expect(completeWitnessTestimony(db().db, testimonyForm(altered, { 'AC1.1': 'phone' }), WITNESS_CODES)).rejects.toMatchObject({ code: 'unknown' });
    await expect(completeWitnessTestimony(db().db, testimonyForm(token.slice(0, 30), { 'AC1.1': 'phone' }), WITNESS_CODES)).rejects.toMatchObject({ code: 'unknown' });
    expect(await witnessWrites(db())).toEqual(before);
    expect(await openWitnessLink(db().db, altered)).toEqual({ ok: false, refusal: 'unknown' });
    expect(await openWitnessLink(db().db, token)).toMatchObject({ ok: true, page: { learnerName: 'Sipho Dlamini', witnessName: 'Thandi Mokoena' } });
  });

  test(`${kind}: the witness countersigns the learner's own logbook entries in the same transaction`, async () => {
    const sipho = await learner(db());
    const first = await logbookEntryFor(db(), sipho, 'INC-1001');
    const second = await logbookEntryFor(db(), sipho, 'INC-1002');
    const { token } = await issueWitnessInvitation(db().db, sipho.actor, INVITATION);
    const opened = await openWitnessLink(db().db, token);
    expect(opened.ok && opened.page.logbook.map((entry) => entry.reference).sort()).toEqual(['INC-1001', 'INC-1002']);

    const signedAt = new Date();
    const { testimonyId } = await completeWitnessTestimony(db().db, testimonyForm(token, { 'AC2.1': 'phone' }, { [`countersign:${first}`]: 'yes' }), WITNESS_CODES, signedAt);
    const entries = await db().db.select().from(logbookEntry).where(eq(logbookEntry.enrolmentId, sipho.enrolmentId));
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    expect(byId.get(first)?.countersignedBy).toBe('Thandi Mokoena');
    expect(byId.get(first)?.countersignedAt?.toISOString()).toBe(signedAt.toISOString());
    expect(byId.get(second)?.countersignedBy).toBeNull();
    const [testimony] = await db().db.select().from(witnessTestimony).where(eq(witnessTestimony.id, testimonyId));
    expect(testimony?.countersignedEntries).toEqual([first]);
  });

  test(`${kind}: countersigning another learner's entry, or one already countersigned, is refused and nothing at all is written`, async () => {
    const sipho = await learner(db());
    const other = await learner(db(), 'Other Learner');
    const theirs = await logbookEntryFor(db(), other, 'INC-9001');
    const mine = await logbookEntryFor(db(), sipho, 'INC-2001');
    const { token } = await issueWitnessInvitation(db().db, sipho.actor, INVITATION);
    const before = await witnessWrites(db());

    const stranger = testimonyForm(token, { 'AC2.1': 'phone' }, { [`countersign:${mine}`]: 'yes', [`countersign:${theirs}`]: 'yes' });
    await expect(completeWitnessTestimony(db().db, stranger, WITNESS_CODES)).rejects.toMatchObject({ code: 'countersign', field: 'countersign' });
    expect(await witnessWrites(db())).toEqual(before);
    expect(await openWitnessLink(db().db, token)).toMatchObject({ ok: true });

    await db().db.update(logbookEntry).set({ countersignedBy: 'Someone Earlier', countersignedAt: new Date() }).where(eq(logbookEntry.id, mine));
    const again = await witnessWrites(db());
    await expect(completeWitnessTestimony(db().db, testimonyForm(token, { 'AC2.1': 'phone' }, { [`countersign:${mine}`]: 'yes' }), WITNESS_CODES)).rejects.toMatchObject({ code: 'countersign' });
    expect(await witnessWrites(db())).toEqual(again);
    const [entry] = await db().db.select().from(logbookEntry).where(eq(logbookEntry.id, mine));
    expect(entry?.countersignedBy).toBe('Someone Earlier');
  });
}
