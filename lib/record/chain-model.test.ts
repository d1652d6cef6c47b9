import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { loadRealAssessment, RULES } from '@/lib/assessment/testing/fixtures';
import { getCourseContentForTests } from '@/lib/content/testing/course-for-tests';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import type { RecordDeps } from '@/lib/record/build-record';
import { SaveDraft, SignJudgement, StartRefused, SubmitAttempt } from '@/lib/record/testing/assessment-commands';
import { type ChainModel, emptyModel } from '@/lib/record/testing/chain-model';
import { type ChainWorld, createWorld } from '@/lib/record/testing/chain-world';
import { AddToSample, CreateBatch, Correct, Decide, SignBatch } from '@/lib/record/testing/moderation-commands';
import { readSettings, updateSettings } from '@/lib/settings/settings-store';

// Seeded, so a failure names a seed and a path that reproduce it; more runs with CHAIN_MODEL_RUNS.
const SEED = Number(process.env.CHAIN_MODEL_SEED ?? 114052);
const RUNS: Record<string, number> = { pglite: Number(process.env.CHAIN_MODEL_RUNS ?? 120), postgres: Number(process.env.CHAIN_MODEL_RUNS ?? 80) };
const LEARNERS = 3;

let content: LoadedAssessment;
let deps: RecordDeps;
const handles = new Map<string, DatabaseHandle>();
beforeAll(async () => {
  content = await loadRealAssessment();
  const course = await getCourseContentForTests();
  deps = { course: course.course, outcomes: course.outcomes, parts: content.definition.parts, sufficiency: RULES.sufficiency, baseUrl: 'https://records.example.co.za' };
  for (const kind of TEST_DATABASE_KINDS) {
    const handle = await openTestDatabase(kind);
    // Only each new assessor's first decision is always moderated, so batches also hold records outside the sample.
    await updateSettings(handle.db, null, { sampleFirstDecisionsPerAssessor: 1 });
    handles.set(kind, handle);
  }
});
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
});

const learner = fc.nat(LEARNERS - 1);
const choice = fc.nat(30);
const command = fc.oneof(
  { weight: 4, arbitrary: learner.map((index) => new SubmitAttempt(index)) },
  { weight: 1, arbitrary: learner.map((index) => new StartRefused(index)) },
  { weight: 1, arbitrary: choice.map((pick) => new SaveDraft(pick)) },
  { weight: 5, arbitrary: fc.tuple(choice, fc.constantFrom<string[]>([], [], ['AC2.2'], ['AC1.2', 'AC3.4'])).map(([pick, notYet]) => new SignJudgement(pick, notYet)) },
  { weight: 2, arbitrary: fc.tuple(fc.nat(1), fc.nat(1)).map(([assessor, moderator]) => new CreateBatch(assessor, moderator)) },
  { weight: 1, arbitrary: choice.map((pick) => new AddToSample(pick)) },
  { weight: 5, arbitrary: fc.tuple(choice, fc.constantFrom<'agree' | 'refer'>('agree', 'agree', 'refer')).map(([pick, decision]) => new Decide(pick, decision)) },
  { weight: 3, arbitrary: choice.map((pick) => new SignBatch(pick)) },
  { weight: 1, arbitrary: learner.map((index) => new Correct(index)) },
);

for (const kind of TEST_DATABASE_KINDS) {
  test(`${kind}: every random path through attempts, judgements, referrals, batches and corrections keeps the record invariants after every step`, async () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    const { maxAttempts } = await readSettings(handle.db);
    const totals = { sequences: 0, steps: new Map<string, number>(), finals: 0 };
    await fc.assert(
      fc.asyncProperty(fc.commands([command], { maxCommands: 100, size: 'max' }), async (commands) => {
        const world: ChainWorld = await createWorld(handle, deps, content, { assessors: 2, moderators: 2, learners: LEARNERS });
        const model: ChainModel = emptyModel(LEARNERS, maxAttempts);
        await fc.asyncModelRun(() => ({ model, real: world }), commands);
        totals.sequences += 1;
        for (const [step, count] of model.steps) totals.steps.set(step, (totals.steps.get(step) ?? 0) + count);
        totals.finals += model.learners.reduce((sum, learner) => sum + learner.snapshots, 0);
      }),
      { seed: SEED, numRuns: RUNS[kind] },
    );
    const steps = [...totals.steps.values()].reduce((sum, count) => sum + count, 0);
    const perStep = [...totals.steps].sort(([a], [b]) => a.localeCompare(b)).map(([step, count]) => `${step} ${count}`);
    console.info(`chain model on ${kind} (seed ${SEED}): ${totals.sequences} sequences, ${steps} steps, ${totals.finals} final record versions\n  ${perStep.join('\n  ')}`);
    expect(totals.sequences).toBe(RUNS[kind]);
    expect(totals.finals).toBeGreaterThan(0);
  }, 600_000);
}
