import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { applySignedJudgement, saveJudgementDraft } from '@/lib/assessing/record-judgement';
import { judgementForm, submissionState } from '@/lib/assessing/testing/judgement-forms';
import { AssessmentRuleError } from '@/lib/assessment/assessment-errors';
import { startAttempt } from '@/lib/assessment/start-attempt';
import { RULES } from '@/lib/assessment/testing/fixtures';
import { type ChainWorld, submitFullAttempt } from '@/lib/record/testing/chain-world';
import { ASSESSABLE, allAttempts, batchOf, type ChainModel, mayStartAttempt, pick } from '@/lib/record/testing/chain-model';
import { checkChainInvariants } from '@/lib/record/testing/chain-invariants';

type Command = AsyncCommand<ChainModel, ChainWorld>;

function learnerAt(model: ChainModel, world: ChainWorld, index: number) {
  const learner = model.learners[index];
  const person = world.learners[index];
  if (!learner || !person) throw new Error(`no learner ${index}`);
  return { learner, person };
}

/** The learner submits a fully answered next attempt. */
export class SubmitAttempt implements Command {
  constructor(readonly learnerIndex: number) {}
  check(model: Readonly<ChainModel>) {
    const learner = model.learners[this.learnerIndex];
    return learner !== undefined && mayStartAttempt(model, learner);
  }
  async run(model: ChainModel, world: ChainWorld) {
    const { learner, person } = learnerAt(model, world, this.learnerIndex);
    const submissionId = await submitFullAttempt(world, person);
    learner.attempts.push({ submissionId, status: 'submitted', outcome: null, batchId: null, sampled: false });
    await checkChainInvariants(world, model, 'SubmitAttempt');
  }
  toString() {
    return `SubmitAttempt(learner ${this.learnerIndex})`;
  }
}

/** A learner who may not start another attempt is refused, and nothing is written. */
export class StartRefused implements Command {
  constructor(readonly learnerIndex: number) {}
  check(model: Readonly<ChainModel>) {
    const learner = model.learners[this.learnerIndex];
    return learner !== undefined && !mayStartAttempt(model, learner);
  }
  async run(model: ChainModel, world: ChainWorld) {
    const { person } = learnerAt(model, world, this.learnerIndex);
    await expect(startAttempt(world.handle.db, person.id, world.content, { lessonSlugs: [] })).rejects.toBeInstanceOf(AssessmentRuleError);
    await checkChainInvariants(world, model, 'StartRefused');
  }
  toString() {
    return `StartRefused(learner ${this.learnerIndex})`;
  }
}

function assessableAttempts(model: Readonly<ChainModel>) {
  return allAttempts(model as ChainModel).filter(({ attempt }) => ASSESSABLE.has(attempt.status));
}

/** The assigned assessor saves a draft judgement. */
export class SaveDraft implements Command {
  constructor(readonly choice: number) {}
  check(model: Readonly<ChainModel>) {
    return assessableAttempts(model).length > 0;
  }
  async run(model: ChainModel, world: ChainWorld) {
    const target = pick(assessableAttempts(model), this.choice);
    if (!target) throw new Error('nothing to assess');
    const { person } = learnerAt(model, world, target.learnerIndex);
    const assessor = world.assessors[person.assessorIndex];
    if (!assessor) throw new Error('no assessor');
    const { revision } = await submissionState(world.handle, target.attempt.submissionId);
    await saveJudgementDraft(world.handle.db, assessor.actor, judgementForm(target.attempt.submissionId, revision, ['AC1.1'], ''), RULES);
    target.attempt.status = 'in_assessment';
    await checkChainInvariants(world, model, 'SaveDraft');
  }
  toString() {
    return `SaveDraft(${this.choice})`;
  }
}

/** The assigned assessor signs Competent (nothing not yet met) or Not Yet Competent on the given criteria. */
export class SignJudgement implements Command {
  constructor(
    readonly choice: number,
    readonly notYet: readonly string[],
  ) {}
  check(model: Readonly<ChainModel>) {
    return assessableAttempts(model).length > 0;
  }
  async run(model: ChainModel, world: ChainWorld) {
    const target = pick(assessableAttempts(model), this.choice);
    if (!target) throw new Error('nothing to assess');
    const { person } = learnerAt(model, world, target.learnerIndex);
    const assessor = world.assessors[person.assessorIndex];
    if (!assessor) throw new Error('no assessor');
    const { revision } = await submissionState(world.handle, target.attempt.submissionId);
    const outcome = await applySignedJudgement(world.handle.db, assessor.actor, assessor.signer, judgementForm(target.attempt.submissionId, revision, this.notYet), RULES);
    expect(outcome).toBe(this.notYet.length === 0 ? 'competent' : 'not_yet_competent');
    const batch = batchOf(model, target.attempt);
    target.attempt.outcome = outcome;
    // A record referred back from an open batch returns to it for moderation once signed again.
    target.attempt.status = batch?.open && target.attempt.sampled ? 'in_moderation' : outcome;
    await checkChainInvariants(world, model, 'SignJudgement');
  }
  toString() {
    return `SignJudgement(${this.choice}, ${this.notYet.length === 0 ? 'Competent' : `NYC on ${this.notYet.join('+')}`})`;
  }
}
