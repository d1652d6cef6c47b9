import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { person } from '@/lib/assessment/testing/fixtures';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { auditEvent, witnessInvitation } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { completeWitnessTestimony } from '@/lib/portfolio/witness/complete-testimony';
import { issueWitnessInvitation } from '@/lib/portfolio/witness/issue-invitation';
import { listWitnessInvitations } from '@/lib/portfolio/witness/list-invitations';
import { revokeWitnessInvitation } from '@/lib/portfolio/witness/revoke-invitation';
import { INVITATION, learner, testimonyForm, WITNESS_CODES, witnessWrites } from '@/lib/portfolio/witness/testing/witness-fixtures';
import { hashWitnessToken } from '@/lib/portfolio/witness/witness-token';
import { updateSettings } from '@/lib/settings/settings-store';

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

  test(`${kind}: issuing a link stores only the token's hash, expires after the provider's witnessLinkDays and audits without the token`, async () => {
    const admin = { id: await person(db(), 'Admin Person', 'admin'), role: 'admin' as const };
    await updateSettings(db().db, admin, { witnessLinkDays: 7 });
    const sipho = await learner(db());
    const now = new Date('2026-03-02T08:00:00.000Z');
    const issued = await issueWitnessInvitation(db().db, sipho.actor, INVITATION, now);
    await updateSettings(db().db, admin, { witnessLinkDays: 14 });

    const [row] = await db().db.select().from(witnessInvitation).where(eq(witnessInvitation.id, issued.invitationId));
    expect(row).toMatchObject({ ...INVITATION, learnerId: sipho.actor.id, enrolmentId: sipho.enrolmentId, tokenHash: hashWitnessToken(issued.token), usedAt: null, revokedAt: null });
    expect(row?.expiresAt.toISOString()).toBe(new Date(now.getTime() + 7 * DAY).toISOString());
    expect(JSON.stringify(row)).not.toContain(issued.token);

    const events = await db().db.select().from(auditEvent).where(eq(auditEvent.subjectId, sipho.enrolmentId));
    expect(events.map((event) => [event.type, event.actorId, event.data])).toEqual([
      [
        'witness.invited',
        sipho.actor.id,
        { invitationId: issued.invitationId, witnessName: INVITATION.witnessName, witnessRole: INVITATION.witnessRole, organisation: INVITATION.organisation, expiresAt: row?.expiresAt.toISOString() },
      ],
    ]);
    expect(JSON.stringify(events)).not.toContain(issued.token);
    expect(JSON.stringify(events)).not.toContain(hashWitnessToken(issued.token));
  });

  test(`${kind}: only an enrolled learner can issue a link, and a bad contact writes nothing`, async () => {
    const assessor = { id: await person(db(), 'Refilwe Maseko', 'assessor', 'MICT/ASS/0001'), role: 'assessor' as const };
    const before = await witnessWrites(db());
    await expect(issueWitnessInvitation(db().db, assessor, INVITATION)).rejects.toMatchObject({ code: 'not-enrolled' });
    const sipho = await learner(db());
    await expect(issueWitnessInvitation(db().db, sipho.actor, { ...INVITATION, contact: '082 555' })).rejects.toThrow(/10 to 15 digits/);
    expect(await witnessWrites(db())).toEqual(before);
  });

  test(`${kind}: the learner who issued a waiting link may revoke it; another learner or an admin finds nothing and it stays waiting`, async () => {
    const sipho = await learner(db());
    const other = await learner(db(), 'Other Learner');
    const admin = { id: await person(db(), 'Admin Person', 'admin'), role: 'admin' as const };
    const { invitationId } = await issueWitnessInvitation(db().db, sipho.actor, INVITATION);

    await expect(revokeWitnessInvitation(db().db, other.actor, invitationId)).rejects.toMatchObject({ code: 'not-found' });
    await expect(revokeWitnessInvitation(db().db, admin, invitationId)).rejects.toMatchObject({ code: 'not-found' });
    expect((await listWitnessInvitations(db().db, sipho.actor.id)).map((row) => row.state)).toEqual(['waiting']);

    await revokeWitnessInvitation(db().db, sipho.actor, invitationId);
    expect((await listWitnessInvitations(db().db, sipho.actor.id)).map((row) => row.state)).toEqual(['revoked']);
    const events = await db().db.select().from(auditEvent).where(eq(auditEvent.subjectId, sipho.enrolmentId));
    expect(events.map((event) => event.type)).toEqual(['witness.invited', 'witness.invitation_revoked']);
    await expect(revokeWitnessInvitation(db().db, sipho.actor, invitationId)).rejects.toMatchObject({ code: 'not-waiting', message: 'This link is already revoked.' });
  });

  test(`${kind}: a used or expired link cannot be revoked`, async () => {
    const sipho = await learner(db());
    const used = await issueWitnessInvitation(db().db, sipho.actor, INVITATION);
    await completeWitnessTestimony(db().db, testimonyForm(used.token, { 'AC1.1': 'phone' }), WITNESS_CODES);
    await expect(revokeWitnessInvitation(db().db, sipho.actor, used.invitationId)).rejects.toMatchObject({ code: 'not-waiting', message: expect.stringMatching(/already used/) });
    const old = await issueWitnessInvitation(db().db, sipho.actor, INVITATION, new Date(Date.now() - 30 * DAY));
    await expect(revokeWitnessInvitation(db().db, sipho.actor, old.invitationId)).rejects.toMatchObject({ code: 'not-waiting', message: expect.stringMatching(/already expired/) });
  });

  test(`${kind}: the learner's list shows each of their links, newest first, as waiting, used, expired or revoked`, async () => {
    const sipho = await learner(db());
    const other = await learner(db(), 'Other Learner');
    await issueWitnessInvitation(db().db, other.actor, INVITATION);
    const now = Date.now();
    await issueWitnessInvitation(db().db, sipho.actor, { ...INVITATION, witnessName: 'Expired Witness' }, new Date(now - 20 * DAY));
    const used = await issueWitnessInvitation(db().db, sipho.actor, { ...INVITATION, witnessName: 'Used Witness' }, new Date(now - 3000));
    const revoked = await issueWitnessInvitation(db().db, sipho.actor, { ...INVITATION, witnessName: 'Revoked Witness' }, new Date(now - 2000));
    await issueWitnessInvitation(db().db, sipho.actor, { ...INVITATION, witnessName: 'Waiting Witness' }, new Date(now - 1000));
    const { testimonyId } = await completeWitnessTestimony(db().db, testimonyForm(used.token, { 'AC1.2': 'chat' }), WITNESS_CODES);
    await revokeWitnessInvitation(db().db, sipho.actor, revoked.invitationId);

    const list = await listWitnessInvitations(db().db, sipho.actor.id);
    expect(list.map((row) => [row.witnessName, row.state, row.testimonyId])).toEqual([
      ['Waiting Witness', 'waiting', null],
      ['Revoked Witness', 'revoked', null],
      ['Used Witness', 'used', testimonyId],
      ['Expired Witness', 'expired', null],
    ]);
  });
}
