import { afterAll, beforeAll, expect, test } from 'vitest';
import { PASSWORD } from '@/lib/assessment/testing/fixtures';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { UNSTORABLE_TEXT_MESSAGE } from '@/lib/forms/storable-text';
import { assignedPeople, SCENARIOS, writtenFor } from '@/lib/portfolio/assessor-evidence/testing/assigned-people';
import { readObservation } from '@/lib/portfolio/observation/read-observation';
import { recordObservation } from '@/lib/portfolio/observation/record-observation';
import { withdrawObservation } from '@/lib/portfolio/observation/withdraw-observation';
import { readEvidenceForAttempt } from '@/lib/portfolio/read-evidence';

const handles = new Map<string, DatabaseHandle>();
beforeAll(async () => {
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
});
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
});

const counter = SCENARIOS.find((scenario) => scenario.id === 'walk-up-request');
if (!counter) throw new Error('the walk-up scenario is missing from content');

async function observed(handle: DatabaseHandle) {
  const people = await assignedPeople(handle);
  const behaviours = Object.fromEntries(Object.entries(counter?.checklist ?? {}).map(([code, list]) => [code, Object.fromEntries(list.map(({ id }) => [id, { mark: 'observed' as const, note: '' }]))]));
  const form = { learnerId: people.learnerId, scenarioId: 'walk-up-request', setting: 'live' as const, channel: 'in-person' as const, date: '2026-02-27', time: '11:05', place: 'IT counter, ground floor', durationMinutes: 12, context: 'A sales manager needed a new starter\u2019s laptop set up by Monday.', behaviours };
  const { observationId } = await recordObservation(handle.db, { actor: people.assessor, form, password: PASSWORD, scenarios: SCENARIOS });
  return { ...people, observationId };
}

for (const kind of TEST_DATABASE_KINDS) {
  const db = () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    return handle;
  };

  test(`${kind}: a withdrawn observation stops counting, keeps its signed row, and its reason is on the audit trail and the detail`, async () => {
    const people = await observed(db());
    const reason = 'Recorded against the wrong learner: it was Palesa at the counter, not Tumelo.';
    await withdrawObservation(db().db, { actor: people.assessor, observationId: people.observationId, reason });
    const written = await writtenFor(db(), people.learnerId);
    expect(written.observations).toHaveLength(1);
    expect(written.pieces.map((piece) => piece.state)).toEqual(['withdrawn']);
    expect(written.events.map((event) => event.type)).toEqual(['observation.recorded', 'observation.withdrawn']);
    expect(written.events[1]?.data).toEqual({ observationId: people.observationId, evidenceId: written.pieces[0]?.id, reason });
    expect(await readEvidenceForAttempt(db().db, people.enrolmentId, null)).toEqual([]);
    const view = await readObservation(db().db, people.assessor, people.observationId);
    expect(view).toMatchObject({ state: 'withdrawn', withdrawal: { reason }, canWithdraw: false });
    await expect(withdrawObservation(db().db, { actor: people.assessor, observationId: people.observationId, reason })).rejects.toMatchObject({ code: 'withdrawn' });
  });

  test(`${kind}: only the assigned assessor may withdraw, and only with a reason`, async () => {
    const people = await observed(db());
    await expect(withdrawObservation(db().db, { actor: people.stranger, observationId: people.observationId, reason: 'Not mine to withdraw, but trying.' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(withdrawObservation(db().db, { actor: { id: people.learnerId, role: 'learner' }, observationId: people.observationId, reason: 'I did not like what it says.' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(withdrawObservation(db().db, { actor: people.assessor, observationId: people.observationId, reason: 'oops' })).rejects.toMatchObject({
      code: 'invalid',
      fieldErrors: { reason: 'Say in a sentence why the observation is withdrawn: it goes on the audit trail.' },
    });
    const written = await writtenFor(db(), people.learnerId);
    expect(written.pieces.map((piece) => piece.state)).toEqual(['signed']);
    expect(written.events.map((event) => event.type)).toEqual(['observation.recorded']);
  });

  test(`${kind}: an id that is not a UUID finds nothing, and a reason with a NUL or a lone surrogate is refused in its field, writing nothing`, async () => {
    const people = await observed(db());
    for (const observationId of ['\u0000', 'not-an-id', '../../etc/passwd', `${people.observationId}\u0000`]) {
      await expect(withdrawObservation(db().db, { actor: people.assessor, observationId, reason: 'Recorded against the wrong learner.' })).rejects.toMatchObject({ code: 'not-found' });
    }
    for (const reason of ['Recorded against the wrong learner.\u0000', 'Recorded against the \uD800 wrong learner.']) {
      await expect(withdrawObservation(db().db, { actor: people.assessor, observationId: people.observationId, reason })).rejects.toMatchObject({ code: 'invalid', fieldErrors: { reason: UNSTORABLE_TEXT_MESSAGE } });
    }
    const written = await writtenFor(db(), people.learnerId);
    expect(written.pieces.map((piece) => piece.state)).toEqual(['signed']);
    expect(written.events.map((event) => event.type)).toEqual(['observation.recorded']);
  });

  test(`${kind}: the learner, their assessor and an administrator read the observation; another assessor or learner finds nothing`, async () => {
    const people = await observed(db());
    const own = await readObservation(db().db, { id: people.learnerId, role: 'learner' }, people.observationId);
    expect(own).toMatchObject({ learnerName: 'Tumelo Phiri', scenarioId: 'walk-up-request', criteria: ['AC1.2', 'AC1.3', 'AC1.4', 'AC3.2'], state: 'signed', canWithdraw: false });
    expect(await readObservation(db().db, people.assessor, people.observationId)).toMatchObject({ canWithdraw: true });
    expect(await readObservation(db().db, people.admin, people.observationId)).toMatchObject({ canWithdraw: false });
    expect(await readObservation(db().db, people.stranger, people.observationId)).toBeNull();
    expect(await readObservation(db().db, { id: people.otherLearnerId, role: 'learner' }, people.observationId)).toBeNull();
    expect(await readObservation(db().db, people.assessor, 'no-such-observation')).toBeNull();
  });
}
