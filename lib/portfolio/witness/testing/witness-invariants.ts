import { and, eq, inArray } from 'drizzle-orm';
import { expect } from 'vitest';
import { z } from 'zod';
import { RULES } from '@/lib/assessment/testing/fixtures';
import { auditEvent, evidence, logbookEntry, witnessInvitation, witnessTestimony } from '@/lib/db/schema';
import { readEvidenceForAttempt, toMatrixPiece } from '@/lib/portfolio/read-evidence';
import { evaluateCriterion } from '@/lib/portfolio/sufficiency';
import { WITNESS_CODES } from '@/lib/portfolio/witness/testing/witness-fixtures';
import type { ModelInvitation, WitnessModel } from '@/lib/portfolio/witness/testing/witness-model';
import type { WitnessWorld } from '@/lib/portfolio/witness/testing/witness-world';
import { hashWitnessToken } from '@/lib/portfolio/witness/witness-token';

type Piece = typeof evidence.$inferSelect;
type Testimony = typeof witnessTestimony.$inferSelect;

const EventData = z.record(z.string(), z.unknown());

const time = (value: Date | null | undefined) => value?.getTime() ?? null;

/** A testimony's pieces: one per channel the witness saw, each claiming the criteria answered on it, in the form's order. */
function expectTestimonyPieces(invitation: ModelInvitation, testimony: Testimony, pieces: Piece[], learnerId: string, enrolmentId: string) {
  const channels = invitation.testimony?.channels ?? {};
  const byChannel = new Map<string, string[]>();
  for (const code of WITNESS_CODES) {
    const channel = channels[code];
    if (channel) byChannel.set(channel, [...(byChannel.get(channel) ?? []), code]);
  }
  const own = pieces.filter((piece) => piece.detailId === testimony.id);
  expect(own.map((piece) => [piece.channel, piece.criteria]).sort(), `pieces of testimony ${testimony.id}`).toEqual([...byChannel].sort());
  expect(Object.keys(testimony.answers).sort()).toEqual(Object.keys(channels).sort());
  for (const piece of own) {
    expect(piece).toMatchObject({ method: 'witness', state: 'signed', learnerId, enrolmentId, submissionId: null, attesterRole: 'witness', attesterId: null, attesterName: invitation.witnessName });
    expect(time(piece.occurredAt)).toBe(invitation.usedAt);
  }
}

/** Checks, after every step, what must hold of witness links, testimonies and logbooks whatever path led here. */
export async function checkWitnessInvariants(world: WitnessWorld, model: WitnessModel, step: string): Promise<void> {
  model.steps.set(step, (model.steps.get(step) ?? 0) + 1);
  const { db } = world.handle;
  const enrolmentIds = world.learners.map((learner) => learner.enrolmentId);
  const invitations = await db.select().from(witnessInvitation).where(inArray(witnessInvitation.enrolmentId, enrolmentIds));
  const testimonies = invitations.length === 0 ? [] : await db.select().from(witnessTestimony).where(inArray(witnessTestimony.invitationId, invitations.map((row) => row.id)));
  const entries = await db.select().from(logbookEntry).where(inArray(logbookEntry.enrolmentId, enrolmentIds));
  const pieces = await db.select().from(evidence).where(inArray(evidence.enrolmentId, enrolmentIds));
  const audits = await db.select().from(auditEvent).where(and(eq(auditEvent.subjectType, 'enrolment'), inArray(auditEvent.subjectId, enrolmentIds)));

  // Every link as the model has it; a link is used at most once, and only while it was waiting.
  expect(invitations).toHaveLength(model.invitations.length);
  for (const invitation of model.invitations) {
    const learner = world.learners[invitation.learnerIndex];
    const row = invitations.find((candidate) => candidate.id === invitation.id);
    expect(row, `invitation ${invitation.id}`).toBeDefined();
    if (!row || !learner) continue;
    expect(row).toMatchObject({ learnerId: learner.actor.id, enrolmentId: learner.enrolmentId, witnessName: invitation.witnessName, tokenHash: hashWitnessToken(invitation.token) });
    expect([time(row.expiresAt), time(row.usedAt), time(row.revokedAt)]).toEqual([invitation.expiresAt, invitation.usedAt, invitation.revokedAt]);
    const given = testimonies.filter((testimony) => testimony.invitationId === invitation.id);
    expect(given, `testimonies through invitation ${invitation.id}`).toHaveLength(invitation.testimony ? 1 : 0);
    const [testimony] = given;
    if (!testimony || !invitation.testimony) continue;
    expect(testimony.id).toBe(invitation.testimony.id);
    expect(time(testimony.signedAt)).toBe(time(row.usedAt));
    expect(testimony.signedAt.getTime()).toBeLessThan(row.expiresAt.getTime());
    expect(row.revokedAt).toBeNull();
    expect(testimony.confirmedName).toBe(invitation.witnessName);
    expect([...testimony.countersignedEntries].sort()).toEqual([...invitation.testimony.countersigned].sort());
    expectTestimonyPieces(invitation, testimony, pieces, learner.actor.id, learner.enrolmentId);
  }
  const testimonyIds = new Set(testimonies.map((testimony) => testimony.id));
  expect(pieces.filter((piece) => piece.method === 'witness' && !testimonyIds.has(piece.detailId ?? '')), 'witness pieces without a testimony').toEqual([]);

  // Every entry as the model has it; a countersignature is by the named witness of one testimony, of the same learner, once.
  expect(entries).toHaveLength(model.entries.length);
  for (const entry of model.entries) {
    const row = entries.find((candidate) => candidate.id === entry.id);
    const piece = pieces.find((candidate) => candidate.method === 'logbook' && candidate.detailId === entry.id);
    expect(row?.countersignedBy ?? null, `countersignature of entry ${entry.id}`).toBe(entry.countersignedBy);
    expect(piece?.state, `evidence of entry ${entry.id}`).toBe(entry.withdrawn ? 'withdrawn' : 'submitted');
    const vouching = testimonies.filter((testimony) => testimony.countersignedEntries.includes(entry.id));
    expect(vouching).toHaveLength(entry.countersignedBy === null ? 0 : 1);
    const [by] = vouching;
    if (!by || !row) continue;
    expect(by.confirmedName).toBe(row.countersignedBy);
    expect(time(row.countersignedAt)).toBe(time(by.signedAt));
    expect(invitations.find((invitation) => invitation.id === by.invitationId)?.enrolmentId).toBe(row.enrolmentId);
  }

  // What the assessor's gate reads: no withdrawn piece, and every standing one; a withdrawn entry never counts toward a rule.
  const now = new Date(model.now);
  for (const learner of world.learners) {
    const theirs = pieces.filter((piece) => piece.enrolmentId === learner.enrolmentId);
    const standing = theirs.filter((piece) => piece.state !== 'withdrawn').map((piece) => piece.id);
    const read = await readEvidenceForAttempt(db, learner.enrolmentId, null);
    expect(read.map((piece) => piece.id).sort()).toEqual(standing.sort());
    const all = theirs.map(toMatrixPiece);
    for (const { code } of RULES.criteria) {
      const counted = evaluateCriterion(code, all, RULES.sufficiency, now).counted.map((piece) => piece.id);
      expect(counted.sort(), `${code} counts exactly the standing pieces claiming it`).toEqual(theirs.filter((piece) => piece.state !== 'withdrawn' && piece.criteria.includes(code)).map((piece) => piece.id).sort());
    }
  }

  // An audit event for every change and none for a refusal, naming what changed.
  for (const [index, learner] of world.learners.entries()) {
    const theirs = audits.filter((event) => event.subjectId === learner.enrolmentId);
    const counts = new Map<string, number>();
    for (const event of theirs) counts.set(`${index} ${event.type}`, (counts.get(`${index} ${event.type}`) ?? 0) + 1);
    const expected = [...model.audits].filter(([key]) => key.startsWith(`${index} `));
    expect(Object.fromEntries(counts), `audit events of learner ${index}`).toEqual(Object.fromEntries(expected));
    const named = (type: string, field: string) =>
      theirs
        .filter((event) => event.type === type)
        .map((event) => String(EventData.parse(event.data)[field]))
        .sort();
    const mine = model.invitations.filter((invitation) => invitation.learnerIndex === index);
    expect(named('witness.invited', 'invitationId')).toEqual(mine.map((invitation) => invitation.id).sort());
    expect(named('witness.invitation_revoked', 'invitationId')).toEqual(mine.filter((invitation) => invitation.revokedAt !== null).map((invitation) => invitation.id).sort());
    expect(named('witness.testimony_signed', 'testimonyId')).toEqual(mine.flatMap((invitation) => invitation.testimony?.id ?? []).sort());
    expect(named('logbook.entry_withdrawn', 'entryId')).toEqual(model.entries.filter((entry) => entry.learnerIndex === index && entry.withdrawn).map((entry) => entry.id).sort());
  }
}
