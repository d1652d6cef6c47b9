import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { CHANNELS } from '@/lib/db/schema/portfolio';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { WITNESS_CODES } from '@/lib/portfolio/witness/testing/witness-fixtures';
import { Advance, Issue, LogEntry, Open, Reuse, Revoke, Tamper, Testify, WITNESSES, Withdraw } from '@/lib/portfolio/witness/testing/witness-commands';
import { emptyModel, type WitnessModel } from '@/lib/portfolio/witness/testing/witness-model';
import { createWorld } from '@/lib/portfolio/witness/testing/witness-world';
import { readSettings } from '@/lib/settings/settings-store';

// Seeded, so a failure names a seed and a path that reproduce it; more runs with WITNESS_MODEL_RUNS.
const SEED = Number(process.env.WITNESS_MODEL_SEED ?? 114052);
const RUNS = Number(process.env.WITNESS_MODEL_RUNS ?? 30);
const LEARNERS = 2;
/** Every sequence starts on this clock, after the logbook's tickets were logged and within their currency. */
const START = new Date('2026-04-01T06:00:00.000Z');

const handles = new Map<string, DatabaseHandle>();
beforeAll(async () => {
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
});
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
});

const DAY_MINUTES = 24 * 60;
const choice = fc.nat(20);
const learner = fc.nat(LEARNERS - 1);
const answers = fc.array(fc.tuple(fc.nat(WITNESS_CODES.length - 1), fc.constantFrom(...CHANNELS)), { minLength: 1, maxLength: 4 });
const command = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(learner, fc.nat(WITNESSES.length - 1)).map(([index, witness]) => new Issue(index, witness)) },
  { weight: 2, arbitrary: choice.map((pick) => new Open(pick)) },
  { weight: 5, arbitrary: fc.tuple(choice, answers, fc.array(choice, { maxLength: 3 })).map(([pick, given, countersign]) => new Testify(pick, given, countersign)) },
  { weight: 1, arbitrary: choice.map((pick) => new Reuse(pick)) },
  { weight: 1, arbitrary: fc.tuple(choice, fc.nat(42), fc.boolean()).map(([pick, position, cut]) => new Tamper(pick, position, cut)) },
  { weight: 2, arbitrary: fc.tuple(choice, fc.boolean()).map(([pick, byOther]) => new Revoke(pick, byOther)) },
  // Up to a day, and steps that reach or cross the link's expiry exactly.
  { weight: 2, arbitrary: fc.constantFrom(60, DAY_MINUTES, 6 * DAY_MINUTES, 13 * DAY_MINUTES, 14 * DAY_MINUTES).map((minutes) => new Advance(minutes)) },
  { weight: 4, arbitrary: learner.map((index) => new LogEntry(index)) },
  { weight: 3, arbitrary: fc.tuple(choice, fc.boolean()).map(([pick, byOther]) => new Withdraw(pick, byOther)) },
);

for (const kind of TEST_DATABASE_KINDS) {
  // Found by this model (seed 114052, shrunk): a witness was offered, and could countersign, an entry the learner had withdrawn.
  test(`${kind}: a logbook entry the learner withdrew is neither offered to a witness nor countersigned, and the refused testimony writes nothing`, async () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    const world = await createWorld(handle, LEARNERS);
    const model = emptyModel(START, (await readSettings(handle.db)).witnessLinkDays);
    await fc.asyncModelRun(() => ({ model, real: world }), [new LogEntry(0), new Withdraw(0, false), new Issue(0, 0), new Open(0), new Testify(0, [[0, 'phone']], [0])]);
    expect([...model.steps.keys()]).toEqual(['LogEntry', 'Withdraw done', 'Issue', 'Open waiting', 'Testify countersign']);
  });

  test(`${kind}: every random path through witness links, testimonies, countersignatures and logbook withdrawals keeps the witness invariants after every step`, async () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    const { witnessLinkDays } = await readSettings(handle.db);
    const totals = { sequences: 0, steps: new Map<string, number>() };
    await fc.assert(
      fc.asyncProperty(fc.commands([command], { maxCommands: 30, size: 'max' }), async (commands) => {
        const world = await createWorld(handle, LEARNERS);
        const model: WitnessModel = emptyModel(START, witnessLinkDays);
        await fc.asyncModelRun(() => ({ model, real: world }), commands);
        totals.sequences += 1;
        for (const [step, count] of model.steps) totals.steps.set(step, (totals.steps.get(step) ?? 0) + count);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    const perStep = [...totals.steps].sort(([a], [b]) => a.localeCompare(b)).map(([step, count]) => `${step} ${count}`);
    console.info(`witness model on ${kind} (seed ${SEED}): ${totals.sequences} sequences\n  ${perStep.join('\n  ')}`);
    expect(totals.sequences).toBe(RUNS);
    // The paths reach every outcome that matters, not only the refusals.
    for (const step of ['Testify signed', 'Testify countersign', 'Testify expired', 'Testify revoked', 'Testify used', 'Revoke revoked', 'Withdraw done', 'Withdraw refused withdrawn', 'Open waiting', 'Reuse', 'Tamper']) {
      expect(totals.steps.get(step) ?? 0, step).toBeGreaterThan(0);
    }
  }, 600_000);
}
