import { afterAll, beforeAll, expect, test } from 'vitest';
import { signJudgement } from '@/lib/assessing/record-judgement';
import { judgementForm, submissionState } from '@/lib/assessing/testing/judgement-forms';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { ALL_ACS, finishLessons, loadRealAssessment, PASSWORD, person, RULES, submittedAttempt } from '@/lib/assessment/testing/fixtures';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { completeWitnessTestimony } from '@/lib/portfolio/witness/complete-testimony';
import { issueWitnessInvitation } from '@/lib/portfolio/witness/issue-invitation';
import { readWitnessTestimony } from '@/lib/portfolio/witness/read-testimony';
import { INVITATION, learner, logbookEntryFor, testimonyForm, WITNESS_CODES } from '@/lib/portfolio/witness/testing/witness-fixtures';
import { createBatch } from '@/lib/moderation/create-batch';
import { assignAssessor } from '@/lib/users/manage-users';

let content: LoadedAssessment;
const handles = new Map<string, DatabaseHandle>();
beforeAll(async () => {
  content = await loadRealAssessment();
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
});
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
});

for (const kind of TEST_DATABASE_KINDS) {
  const db = () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    return handle;
  };

  test(`${kind}: the learner, their assigned assessor and an admin read every answer; other people find nothing`, async () => {
    const admin = { id: await person(db(), 'Admin Person', 'admin'), role: 'admin' as const };
    const assessor = { id: await person(db(), 'Refilwe Maseko', 'assessor', 'MICT/ASS/0001'), role: 'assessor' as const };
    const otherAssessor = { id: await person(db(), 'Other Assessor', 'assessor', 'MICT/ASS/0002'), role: 'assessor' as const };
    const moderator = { id: await person(db(), 'Pieter van der Merwe', 'moderator', 'MICT/MOD/0001'), role: 'moderator' as const };
    const sipho = await learner(db());
    const other = await learner(db(), 'Other Learner');
    await assignAssessor(db().db, admin, sipho.actor.id, assessor.id);
    const entry = await logbookEntryFor(db(), sipho, 'INC-3001');
    const { token } = await issueWitnessInvitation(db().db, sipho.actor, INVITATION);
    const { testimonyId } = await completeWitnessTestimony(db().db, testimonyForm(token, { 'AC1.1': 'phone', 'AC3.3': 'email' }, { [`countersign:${entry}`]: 'yes' }), WITNESS_CODES);

    for (const reader of [sipho.actor, assessor, admin]) {
      const view = await readWitnessTestimony(db().db, reader, testimonyId);
      expect(view, reader.role).toMatchObject({
        learnerName: 'Sipho Dlamini',
        invited: { name: 'Thandi Mokoena', role: 'Service desk team leader', organisation: 'Acme IT', contact: 'thandi@acme.co.za' },
        confirmed: { name: 'Thandi Mokoena', role: 'Team leader, service desk', organisation: 'Acme IT (Pty) Ltd' },
        declarationName: 'Thandi Mokoena',
        countersigned: [{ id: entry, reference: 'INC-3001' }],
      });
      expect(Object.keys(view?.answers ?? {})).toEqual(['AC1.1', 'AC3.3']);
      expect(view?.pieces.map((piece) => piece.channel).sort()).toEqual(['email', 'phone']);
    }
    for (const stranger of [other.actor, otherAssessor, moderator]) expect(await readWitnessTestimony(db().db, stranger, testimonyId), stranger.role).toBeNull();
    expect(await readWitnessTestimony(db().db, admin, 'no-such-testimony')).toBeNull();
  });

  test(`${kind}: the moderator of a batch holding the learner's record reads the testimony`, async () => {
    const admin = { id: await person(db(), 'Admin Person', 'admin'), role: 'admin' as const };
    const assessor = { id: await person(db(), 'Refilwe Maseko', 'assessor', 'MICT/ASS/0003'), role: 'assessor' as const };
    const moderator = { id: await person(db(), 'Pieter van der Merwe', 'moderator', 'MICT/MOD/0002'), role: 'moderator' as const };
    const sipho = await learner(db());
    await assignAssessor(db().db, admin, sipho.actor.id, assessor.id);
    const { token } = await issueWitnessInvitation(db().db, sipho.actor, INVITATION);
    const { testimonyId } = await completeWitnessTestimony(db().db, testimonyForm(token, { 'AC1.1': 'phone' }), WITNESS_CODES);
    expect(await readWitnessTestimony(db().db, moderator, testimonyId)).toBeNull();

    await finishLessons(db(), sipho.actor.id);
    const submissionId = await submittedAttempt(db(), content, sipho.actor.id, 'Sipho Dlamini');
    await signJudgement(db().db, assessor, judgementForm(submissionId, (await submissionState(db(), submissionId)).revision, ALL_ACS), RULES, PASSWORD);
    await createBatch(db().db, admin, { name: 'Witness batch', moderatorId: moderator.id, scope: { assessorId: assessor.id, from: null, to: null } });
    expect(await readWitnessTestimony(db().db, moderator, testimonyId)).toMatchObject({ id: testimonyId, learnerName: 'Sipho Dlamini' });
  });
}
