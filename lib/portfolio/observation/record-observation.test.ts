import { afterAll, beforeAll, expect, test } from 'vitest';
import { PASSWORD } from '@/lib/assessment/testing/fixtures';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { assignedPeople, REGISTRATION, SCENARIOS, writtenFor } from '@/lib/portfolio/assessor-evidence/testing/assigned-people';
import type { ObservationForm } from '@/lib/portfolio/observation/observation-schema';
import { recordObservation } from '@/lib/portfolio/observation/record-observation';

const handles = new Map<string, DatabaseHandle>();
beforeAll(async () => {
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
});
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
});

const NOW = new Date('2026-03-02T12:00:00Z'); // 14:00 SAST
const phone = SCENARIOS.find((scenario) => scenario.id === 'phone-fault-report');
if (!phone) throw new Error('the phone scenario is missing from content');

/** A complete form for the phone scenario, every behaviour observed unless `notObserved` says otherwise. */
function form(learnerId: string, notObserved: Record<string, string> = {}, overrides: Partial<ObservationForm> = {}): ObservationForm {
  const behaviours = Object.fromEntries(
    Object.entries(phone?.checklist ?? {}).map(([code, list]) => [
      code,
      Object.fromEntries(list.map(({ id }) => [id, id in notObserved ? { mark: 'not-observed' as const, note: notObserved[id] ?? '' } : { mark: 'observed' as const, note: '' }])),
    ]),
  );
  return {
    learnerId,
    scenarioId: 'phone-fault-report',
    setting: 'simulated',
    channel: 'phone',
    date: '2026-03-02',
    time: '09:30',
    place: 'Service desk, Braamfontein office',
    durationMinutes: 18,
    context: 'A colleague played a finance clerk whose laptop could not reach the shared drive before month-end.',
    behaviours,
    ...overrides,
  };
}

for (const kind of TEST_DATABASE_KINDS) {
  const db = () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    return handle;
  };

  test(`${kind}: a signed observation writes the observation, its evidence piece claiming every criterion fully observed, and the audit event together`, async () => {
    const people = await assignedPeople(db());
    const { observationId, evidenceId } = await recordObservation(db().db, { actor: people.assessor, form: form(people.learnerId), password: PASSWORD, scenarios: SCENARIOS, now: NOW });
    const written = await writtenFor(db(), people.learnerId);
    expect(written.observations).toMatchObject([
      {
        id: observationId,
        enrolmentId: people.enrolmentId,
        assessorId: people.assessor.id,
        scenarioId: 'phone-fault-report',
        live: false,
        channel: 'phone',
        occurredAt: new Date('2026-03-02T07:30:00Z'),
        place: 'Service desk, Braamfontein office',
        durationMinutes: 18,
        signatureName: 'Refilwe Maseko',
        signatureRegistration: REGISTRATION,
      },
    ]);
    expect(written.observations[0]?.behaviours['AC1.2']).toEqual({ 'lets-caller-finish': { observed: true, note: '' }, 'open-questions': { observed: true, note: '' }, 'reads-back': { observed: true, note: '' } });
    expect(written.pieces).toMatchObject([
      {
        id: evidenceId,
        method: 'observation',
        criteria: ['AC1.1', 'AC1.2', 'AC1.3', 'AC2.1', 'AC2.4'],
        channel: 'phone',
        title: 'A user phones the service desk with a fault',
        state: 'signed',
        submissionId: null,
        detailId: observationId,
        attesterRole: 'assessor',
        attesterId: people.assessor.id,
        attesterName: 'Refilwe Maseko',
        occurredAt: new Date('2026-03-02T07:30:00Z'),
      },
    ]);
    expect(written.events.map((event) => [event.type, event.actorId, event.data])).toEqual([
      ['observation.recorded', people.assessor.id, { observationId, evidenceId, scenarioId: 'phone-fault-report', criteriaShown: ['AC1.1', 'AC1.2', 'AC1.3', 'AC2.1', 'AC2.4'], registrationNumber: REGISTRATION }],
    ]);
  });

  test(`${kind}: a criterion with one behaviour not observed is not claimed, and the note says what was seen instead`, async () => {
    const people = await assignedPeople(db());
    const note = 'Asked only yes/no questions and never found out since when the drive was unreachable.';
    await recordObservation(db().db, { actor: people.assessor, form: form(people.learnerId, { 'open-questions': note }), password: PASSWORD, scenarios: SCENARIOS, now: NOW });
    const written = await writtenFor(db(), people.learnerId);
    expect(written.pieces[0]?.criteria).toEqual(['AC1.1', 'AC1.3', 'AC2.1', 'AC2.4']);
    expect(written.observations[0]?.behaviours['AC1.2']?.['open-questions']).toEqual({ observed: false, note });
    expect(written.observations[0]?.behaviours['AC1.2']?.['reads-back']).toEqual({ observed: true, note: '' });
  });

  test(`${kind}: refusals name what is wrong and write nothing: wrong password, no registration number, an unassigned assessor, a future time, a missing note, an unmarked behaviour`, async () => {
    const people = await assignedPeople(db());
    const attempt = (overrides: Partial<Parameters<typeof recordObservation>[1]>) =>
      recordObservation(db().db, { actor: people.assessor, form: form(people.learnerId), password: PASSWORD, scenarios: SCENARIOS, now: NOW, ...overrides });

    await expect(attempt({ password: 'not-my-password' })).rejects.toMatchObject({ code: 'password', fieldErrors: { password: 'Your password is not right. Enter it again to sign.' } });
    await expect(attempt({ actor: people.stranger })).rejects.toMatchObject({ code: 'not-found', message: 'There is no such learner among those assigned to you.' });
    await expect(attempt({ form: form(people.learnerId, {}, { time: '14:01' }) })).rejects.toMatchObject({
      code: 'invalid',
      message: 'That date and time is still to come: record what has already happened.',
      fieldErrors: { date: 'That date and time is still to come: record what has already happened.' },
    });
    await expect(attempt({ form: form(people.learnerId, { 'reads-back': '  ' }) })).rejects.toMatchObject({
      code: 'invalid',
      fieldErrors: { 'note:AC1.2:reads-back': 'AC1.2: a behaviour not observed needs a note saying what you saw instead.' },
    });
    const unmarked = form(people.learnerId);
    delete unmarked.behaviours['AC2.1'];
    await expect(attempt({ form: unmarked })).rejects.toMatchObject({
      code: 'invalid',
      fieldErrors: { 'behaviour:AC2.1:logs-details': expect.stringMatching(/^AC2\.1: mark "Logs who, what, when/) },
    });
    await expect(attempt({ form: form(people.learnerId, {}, { scenarioId: 'no-such-scenario' }) })).rejects.toMatchObject({ code: 'invalid', fieldErrors: { scenarioId: 'Choose one of the observation scenarios.' } });
    expect(await writtenFor(db(), people.learnerId)).toEqual({ observations: [], interviews: [], pieces: [], events: [] });

    await expect(
      recordObservation(db().db, { actor: people.unregistered, form: form(people.otherLearnerId), password: PASSWORD, scenarios: SCENARIOS, now: NOW }),
    ).rejects.toMatchObject({ code: 'registration-missing', message: /Add your SETA registration number/ });
    expect(await writtenFor(db(), people.otherLearnerId)).toEqual({ observations: [], interviews: [], pieces: [], events: [] });
  });

  test(`${kind}: a learner cannot sign an observation of themself, nor an administrator one of a learner`, async () => {
    const people = await assignedPeople(db());
    for (const actor of [{ id: people.learnerId, role: 'learner' as const }, people.admin]) {
      await expect(recordObservation(db().db, { actor, form: form(people.learnerId), password: PASSWORD, scenarios: SCENARIOS, now: NOW })).rejects.toMatchObject({ code: 'not-found' });
    }
    expect((await writtenFor(db(), people.learnerId)).observations).toEqual([]);
  });
}
