import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Auth } from '@/lib/auth/create-auth';
import { PASSWORD_LINK_PURPOSES } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from '@/lib/db/testing/test-databases';
import { Advance, Issue, Use } from '@/lib/users/testing/password-link-commands';
import { emptyModel, type PasswordLinkModel, type PasswordLinkWorld } from '@/lib/users/testing/password-link-model';
import { insertPerson, personName, testAuth } from '@/lib/users/testing/password-link-world';

// Seeded, so a failure names a seed and a path that reproduce it; more runs with PASSWORD_LINK_MODEL_RUNS.
const SEED = Number(process.env.PASSWORD_LINK_MODEL_SEED ?? 114052);
const RUNS = Number(process.env.PASSWORD_LINK_MODEL_RUNS ?? 30);
const START = new Date('2026-05-04T06:00:00.000Z');
/** Three people: two with a password already, one invited who has none yet. */
const FIRST_PASSWORDS = ['first kettle for sipho', 'first kettle for lerato', null];

const handles = new Map<string, { handle: TestDatabase; auth: Auth }>();
beforeAll(async () => {
  for (const kind of TEST_DATABASE_KINDS) {
    const handle = await openTestDatabase(kind);
    handles.set(kind, { handle, auth: testAuth(handle.db) });
  }
});
afterAll(async () => {
  for (const { handle } of handles.values()) await handle.close();
});

/** Fresh people for each sequence, so sequences never see each other's links. */
async function createWorld(found: { handle: TestDatabase; auth: Auth }): Promise<PasswordLinkWorld> {
  const people = [];
  for (const [index, password] of FIRST_PASSWORDS.entries()) people.push(await insertPerson(found.handle.db, personName(index), password));
  return { db: found.handle.db, auth: found.auth, people };
}

const DAY_MINUTES = 24 * 60;
const person = fc.nat(FIRST_PASSWORDS.length - 1);
const command = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.array(person, { minLength: 1, maxLength: 3 }), fc.constantFrom(...PASSWORD_LINK_PURPOSES)).map(([people, purpose]) => new Issue(people, purpose)) },
  // Mostly good passwords; a weak one now and then, of each kind.
  { weight: 6, arbitrary: fc.tuple(fc.nat(20), fc.option(fc.nat(2), { freq: 3 })).map(([choice, weak]) => new Use(choice, weak)) },
  // Within the reset link's hour, its hour exactly, a day, and past the invitation's fortnight.
  { weight: 2, arbitrary: fc.constantFrom(20, 60, DAY_MINUTES, 14 * DAY_MINUTES + 1).map((minutes) => new Advance(minutes)) },
);

for (const kind of TEST_DATABASE_KINDS) {
  test(`${kind}: every random path of issuing, using (fresh and stale links, good and weak passwords) and time passing keeps the password link invariants after every step`, async () => {
    const found = handles.get(kind);
    if (!found) throw new Error('no database');
    const totals = { sequences: 0, steps: new Map<string, number>() };
    await fc.assert(
      fc.asyncProperty(fc.commands([command], { maxCommands: 25, size: 'max' }), async (commands) => {
        const world = await createWorld(found);
        const model: PasswordLinkModel = emptyModel(START, FIRST_PASSWORDS);
        await fc.asyncModelRun(() => ({ model, real: world }), commands);
        totals.sequences += 1;
        for (const [step, count] of model.steps) totals.steps.set(step, (totals.steps.get(step) ?? 0) + count);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    const perStep = [...totals.steps].sort(([a], [b]) => a.localeCompare(b)).map(([step, count]) => `${step} ${count}`);
    console.info(`password link model on ${kind} (seed ${SEED}): ${totals.sequences} sequences\n  ${perStep.join('\n  ')}`);
    expect(totals.sequences).toBe(RUNS);
    // The paths reach every outcome that matters, not only the refusals.
    for (const step of ['Issue', 'Advance', 'Use set invitation', 'Use set reset', 'Use refused weak', 'Use refused used', 'Use refused replaced', 'Use refused expired']) {
      expect(totals.steps.get(step) ?? 0, step).toBeGreaterThan(0);
    }
  }, 600_000);
}
