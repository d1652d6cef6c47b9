import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { signJudgement } from '@/lib/assessing/record-judgement';
import { judgementForm, submissionState } from '@/lib/assessing/testing/judgement-forms';
import { ALL_ACS, finishLessons, loadRealAssessment, PASSWORD, person, RULES, submittedAttempt } from '@/lib/assessment/testing/fixtures';
import { authorize } from '@/lib/auth/authorize';
import type { PolicyActor } from '@/lib/auth/permissions';
import { authorizeWitness, witnessFromToken } from '@/lib/auth/witness-actor';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { moderationBatch } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { createBatch } from '@/lib/moderation/create-batch';
import { completeWitnessTestimony } from '@/lib/portfolio/witness/complete-testimony';
import { issueWitnessInvitation } from '@/lib/portfolio/witness/issue-invitation';
import { INVITATION, learner, logbookEntryFor, testimonyForm, WITNESS_CODES } from '@/lib/portfolio/witness/testing/witness-fixtures';
import { assignAssessor, setRole } from '@/lib/users/manage-users';

type User = Extract<PolicyActor, { kind: 'user' }>;
type World = {
  handle: DatabaseHandle;
  admin: User;
  assessor: User;
  otherAssessor: User;
  moderator: User;
  otherModerator: User;
  /** Assessed Lerato's record, then became a moderator and was given the batch holding it. */
  formerAssessor: User;
  sipho: string;
  lerato: string;
  siphoSubmission: string;
  leratoSubmission: string;
  siphoEntry: string;
  batch: string;
  ownBatch: string;
};
const worlds = new Map<string, World>();

function user(id: string, role: User['role']): User {
  return { kind: 'user', id, role };
}

async function signed(handle: DatabaseHandle, assessor: User, submissionId: string) {
  await signJudgement(handle.db, assessor, judgementForm(submissionId, (await submissionState(handle, submissionId)).revision, ALL_ACS), RULES, PASSWORD);
}

beforeAll(async () => {
  const content = await loadRealAssessment();
  for (const kind of TEST_DATABASE_KINDS) {
    const handle = await openTestDatabase(kind);
    const admin = user(await person(handle, 'Admin Person', 'admin'), 'admin');
    const assessor = user(await person(handle, 'Refilwe Maseko', 'assessor', 'MICT/ASS/0001'), 'assessor');
    const otherAssessor = user(await person(handle, 'Other Assessor', 'assessor', 'MICT/ASS/0002'), 'assessor');
    const formerAssessor = user(await person(handle, 'Former Assessor', 'assessor', 'MICT/ASS/0003'), 'assessor');
    const moderator = user(await person(handle, 'Pieter van der Merwe', 'moderator', 'MICT/MOD/0001'), 'moderator');
    const otherModerator = user(await person(handle, 'Other Moderator', 'moderator', 'MICT/MOD/0002'), 'moderator');
    const sipho = await learner(handle);
    const lerato = await learner(handle, 'Lerato Nkosi');
    await assignAssessor(handle.db, admin, sipho.actor.id, assessor.id);
    await assignAssessor(handle.db, admin, lerato.actor.id, formerAssessor.id);
    const siphoEntry = await logbookEntryFor(handle, sipho, 'INC-4001');
    const submissions: string[] = [];
    for (const [who, name, by] of [[sipho, 'Sipho Dlamini', assessor], [lerato, 'Lerato Nkosi', formerAssessor]] as const) {
      await finishLessons(handle, who.actor.id);
      const id = await submittedAttempt(handle, content, who.actor.id, name);
      await signed(handle, by, id);
      submissions.push(id);
    }
    const batch = await createBatch(handle.db, admin, { name: 'Refilwe, March', moderatorId: moderator.id, scope: { assessorId: assessor.id, from: null, to: null } });
    // A batch cannot be made for a moderator over their own decisions, so the former assessor is given one after it is made.
    const ownBatch = await createBatch(handle.db, admin, { name: 'Former assessor, March', moderatorId: moderator.id, scope: { assessorId: formerAssessor.id, from: null, to: null } });
    await setRole(handle.db, admin, formerAssessor.id, 'moderator');
    await handle.db.update(moderationBatch).set({ moderatorId: formerAssessor.id }).where(eq(moderationBatch.id, ownBatch));
    worlds.set(kind, {
      handle,
      admin,
      assessor,
      otherAssessor,
      moderator,
      otherModerator,
      formerAssessor: { ...formerAssessor, role: 'moderator' },
      sipho: sipho.actor.id,
      lerato: lerato.actor.id,
      siphoSubmission: submissions[0] ?? '',
      leratoSubmission: submissions[1] ?? '',
      siphoEntry,
      batch,
      ownBatch,
    });
  }
});
afterAll(async () => {
  for (const world of worlds.values()) await world.handle.close();
});

function worldOf(kind: string): World {
  const world = worlds.get(kind);
  if (!world) throw new Error('no database');
  return world;
}

const ALLOWED = { allowed: true };
const NOT_FOUND = { allowed: false, reason: 'not-found' };

for (const kind of TEST_DATABASE_KINDS) {
  test(`${kind}: the assigned assessor may sign a learner's work and read their evidence; another assessor finds nothing`, async () => {
    const w = worldOf(kind);
    const db = w.handle.db;
    for (const subject of [{ learnerId: w.sipho }, { submissionId: w.siphoSubmission }]) {
      expect(await authorize(db, w.assessor, 'assessment:sign', subject)).toMatchObject(ALLOWED);
      expect(await authorize(db, w.otherAssessor, 'assessment:sign', subject)).toEqual(NOT_FOUND);
    }
    expect(await authorize(db, w.assessor, 'evidence:read', { evidence: 'logbook', id: w.siphoEntry })).toMatchObject(ALLOWED);
    expect(await authorize(db, w.otherAssessor, 'evidence:read', { evidence: 'logbook', id: w.siphoEntry })).toEqual(NOT_FOUND);
    expect(await authorize(db, w.assessor, 'observation:record', { learnerId: w.lerato })).toEqual(NOT_FOUND);
  });

  test(`${kind}: the learner reaches their own attempt and evidence, never another learner's`, async () => {
    const w = worldOf(kind);
    const db = w.handle.db;
    const sipho = user(w.sipho, 'learner');
    expect(await authorize(db, sipho, 'assessment:submit', { submissionId: w.siphoSubmission })).toMatchObject({ allowed: true, context: { relationship: 'self' } });
    expect(await authorize(db, sipho, 'assessment:submit', { submissionId: w.leratoSubmission })).toEqual(NOT_FOUND);
    expect(await authorize(db, sipho, 'evidence:read', { evidence: 'logbook', id: w.siphoEntry })).toMatchObject(ALLOWED);
    expect(await authorize(db, user(w.lerato, 'learner'), 'evidence:read', { evidence: 'logbook', id: w.siphoEntry })).toEqual(NOT_FOUND);
  });

  test(`${kind}: the moderator of a batch reads and moderates it; another moderator finds nothing; an administrator reads it only`, async () => {
    const w = worldOf(kind);
    const db = w.handle.db;
    const record = { batchId: w.batch, submissionId: w.siphoSubmission };
    expect(await authorize(db, w.moderator, 'batch:read', { batchId: w.batch })).toMatchObject({ allowed: true, context: { relationship: 'batch-moderator' } });
    expect(await authorize(db, w.moderator, 'batch:moderate', record)).toMatchObject(ALLOWED);
    expect(await authorize(db, w.moderator, 'record:read', { learnerId: w.sipho })).toMatchObject(ALLOWED);
    for (const permission of ['batch:read', 'batch:moderate'] as const) {
      expect(await authorize(db, w.otherModerator, permission, record), permission).toEqual(NOT_FOUND);
    }
    expect(await authorize(db, w.otherModerator, 'record:read', { learnerId: w.sipho })).toEqual(NOT_FOUND);
    expect(await authorize(db, w.admin, 'batch:read', record)).toMatchObject(ALLOWED);
    expect(await authorize(db, w.admin, 'batch:moderate', record)).toEqual(NOT_FOUND);
  });

  test(`${kind}: a moderator reads a batch holding a record they assessed, but may not moderate that record`, async () => {
    const w = worldOf(kind);
    const db = w.handle.db;
    expect(await authorize(db, w.formerAssessor, 'batch:read', { batchId: w.ownBatch })).toMatchObject(ALLOWED);
    expect(await authorize(db, w.formerAssessor, 'batch:moderate', { batchId: w.ownBatch, submissionId: w.leratoSubmission })).toEqual(NOT_FOUND);
    expect(await authorize(db, w.moderator, 'batch:read', { batchId: w.ownBatch })).toEqual(NOT_FOUND);
  });

  test(`${kind}: an id that does not exist, or a record that is not in the batch, is not found even for an administrator`, async () => {
    const w = worldOf(kind);
    const db = w.handle.db;
    expect(await authorize(db, w.admin, 'record:read', { submissionId: 'no-such-submission' })).toEqual(NOT_FOUND);
    expect(await authorize(db, w.admin, 'batch:read', { batchId: 'no-such-batch' })).toEqual(NOT_FOUND);
    expect(await authorize(db, w.moderator, 'batch:moderate', { batchId: w.batch, submissionId: w.leratoSubmission })).toEqual(NOT_FOUND);
    for (const evidence of ['observation', 'interview', 'logbook', 'recording', 'testimony', 'file'] as const) {
      expect(await authorize(db, w.admin, 'evidence:read', { evidence, id: 'no-such-id' }), evidence).toEqual(NOT_FOUND);
    }
  });

  test(`${kind}: nobody signed in is sent to sign in, whatever the subject`, async () => {
    const w = worldOf(kind);
    expect(await authorize(w.handle.db, { kind: 'anonymous' }, 'record:read', { learnerId: w.sipho })).toEqual({ allowed: false, reason: 'sign-in' });
    expect(await authorize(w.handle.db, { kind: 'anonymous' }, 'witness:testify', null)).toEqual({ allowed: false, reason: 'sign-in' });
  });

  test(`${kind}: a witness link testifies on its own invitation only, and reads nothing`, async () => {
    const w = worldOf(kind);
    const db = w.handle.db;
    const siphoLink = await issueWitnessInvitation(db, user(w.sipho, 'learner'), INVITATION);
    const leratoLink = await issueWitnessInvitation(db, user(w.lerato, 'learner'), INVITATION);
    const { actor } = await witnessFromToken(db, siphoLink.token);
    expect(actor).toEqual({ kind: 'witness', invitationId: siphoLink.invitationId });
    expect(await authorize(db, actor, 'witness:testify', { invitationId: siphoLink.invitationId })).toMatchObject({ allowed: true, context: { relationship: 'witness' } });
    expect(await authorize(db, actor, 'witness:testify', { invitationId: leratoLink.invitationId })).toEqual(NOT_FOUND);
    expect(await authorize(db, actor, 'evidence:read', { evidence: 'logbook', id: w.siphoEntry })).toEqual(NOT_FOUND);
    // The learner who asked for the testimony does not hold the link's standing.
    expect(await authorize(db, user(w.sipho, 'learner'), 'witness:testify', { invitationId: siphoLink.invitationId })).toEqual(NOT_FOUND);
    expect(await authorizeWitness(db, siphoLink.token)).toEqual({ ok: true, invitationId: siphoLink.invitationId });
  });

  test(`${kind}: an expired, used or unknown link makes no witness`, async () => {
    const w = worldOf(kind);
    const db = w.handle.db;
    const link = await issueWitnessInvitation(db, user(w.sipho, 'learner'), INVITATION);
    const afterExpiry = new Date(link.expiresAt.getTime() + 1000);
    expect(await witnessFromToken(db, link.token, afterExpiry)).toEqual({ actor: { kind: 'anonymous' }, refusal: 'expired' });
    expect(await authorizeWitness(db, link.token, afterExpiry)).toEqual({ ok: false, refusal: 'expired' });

    await completeWitnessTestimony(db, testimonyForm(link.token, { 'AC1.1': 'phone' }), WITNESS_CODES);
    expect(await witnessFromToken(db, link.token)).toEqual({ actor: { kind: 'anonymous' }, refusal: 'used' });
    expect(await authorizeWitness(db, link.token)).toEqual({ ok: false, refusal: 'used' });

    expect(await authorizeWitness(db, `${link.token.slice(0, -2)}xx`)).toEqual({ ok: false, refusal: 'unknown' });
    expect(await authorizeWitness(db, 'not-a-token')).toEqual({ ok: false, refusal: 'unknown' });
  });
}
