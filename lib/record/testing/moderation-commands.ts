import type { AsyncCommand } from 'fast-check';
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { moderationBatchRecord } from '@/lib/db/schema';
import { addToSample, createBatch } from '@/lib/moderation/create-batch';
import { decideRecord } from '@/lib/moderation/decide';
import { sealBatch } from '@/lib/moderation/sign-batch';
import { issueCorrection } from '@/lib/record/correct-record';
import { checkChainInvariants } from '@/lib/record/testing/chain-invariants';
import { allAttempts, type ChainModel, currentFinalAttempt, type ModelBatch, pick } from '@/lib/record/testing/chain-model';
import type { ChainWorld } from '@/lib/record/testing/chain-world';

type Command = AsyncCommand<ChainModel, ChainWorld>;

function moderatorOf(world: ChainWorld, index: number) {
  const moderator = world.moderators[index % world.moderators.length];
  if (!moderator) throw new Error('no moderator');
  return moderator;
}

/** Assessed decisions of one assessor not yet in any batch: what a new batch for that assessor gathers. */
function eligible(model: Readonly<ChainModel>, world: ChainWorld, assessorIndex: number) {
  return allAttempts(model as ChainModel).filter(
    ({ learnerIndex, attempt }) => attempt.batchId === null && (attempt.status === 'competent' || attempt.status === 'not_yet_competent') && world.learners[learnerIndex]?.assessorIndex === assessorIndex,
  );
}

/** The admin gathers one assessor's assessed decisions into a batch for a moderator; an empty one is refused. */
export class CreateBatch implements Command {
  constructor(
    readonly assessorIndex: number,
    readonly moderatorIndex: number,
  ) {}
  check() {
    return true;
  }
  async run(model: ChainModel, world: ChainWorld) {
    const assessor = world.assessors[this.assessorIndex % world.assessors.length];
    if (!assessor) throw new Error('no assessor');
    const moderator = moderatorOf(world, this.moderatorIndex);
    const expected = eligible(model, world, this.assessorIndex % world.assessors.length);
    const input = { name: `Batch ${model.batches.length + 1}`, moderatorId: moderator.actor.id, scope: { assessorId: assessor.actor.id, from: null, to: null } };
    if (expected.length === 0) {
      await expect(createBatch(world.handle.db, world.admin, input)).rejects.toMatchObject({ code: 'empty' });
    } else {
      const id = await createBatch(world.handle.db, world.admin, input);
      const rows = await world.handle.db.select().from(moderationBatchRecord).where(eq(moderationBatchRecord.batchId, id));
      expect(rows.map((row) => row.submissionId).sort()).toEqual(expected.map(({ attempt }) => attempt.submissionId).sort());
      const batch: ModelBatch = { id, assessorIndex: this.assessorIndex, moderatorIndex: this.moderatorIndex % world.moderators.length, open: true, submissionIds: rows.map((row) => row.submissionId) };
      model.batches.push(batch);
      for (const { attempt } of expected) {
        const row = rows.find((candidate) => candidate.submissionId === attempt.submissionId);
        attempt.batchId = id;
        attempt.sampled = row?.sampled ?? false;
        if (attempt.sampled) {
          expect(row?.reasons.length).toBeGreaterThan(0);
          attempt.status = 'in_moderation';
        }
      }
    }
    await checkChainInvariants(world, model, expected.length === 0 ? 'CreateBatch refused: nothing to moderate' : 'CreateBatch');
  }
  toString() {
    return `CreateBatch(assessor ${this.assessorIndex}, moderator ${this.moderatorIndex})`;
  }
}

function openRecords(model: Readonly<ChainModel>, test: (sampled: boolean, status: string) => boolean) {
  return allAttempts(model as ChainModel).filter(({ attempt }) => {
    const batch = model.batches.find((candidate) => candidate.id === attempt.batchId);
    return batch?.open === true && test(attempt.sampled, attempt.status);
  });
}

/** The batch's moderator adds an unsampled record to the sample. */
export class AddToSample implements Command {
  constructor(readonly choice: number) {}
  check(model: Readonly<ChainModel>) {
    return openRecords(model, (sampled) => !sampled).length > 0;
  }
  async run(model: ChainModel, world: ChainWorld) {
    const target = pick(openRecords(model, (sampled) => !sampled), this.choice);
    const batch = model.batches.find((candidate) => candidate.id === target?.attempt.batchId);
    if (!target || !batch) throw new Error('nothing to add');
    await addToSample(world.handle.db, moderatorOf(world, batch.moderatorIndex).actor, batch.id, target.attempt.submissionId);
    target.attempt.sampled = true;
    target.attempt.status = 'in_moderation';
    await checkChainInvariants(world, model, 'AddToSample');
  }
  toString() {
    return `AddToSample(${this.choice})`;
  }
}

/** The moderator agrees with a sampled judgement or refers it back with a reason. */
export class Decide implements Command {
  constructor(
    readonly choice: number,
    readonly decision: 'agree' | 'refer',
  ) {}
  check(model: Readonly<ChainModel>) {
    return openRecords(model, (sampled, status) => sampled && status === 'in_moderation').length > 0;
  }
  async run(model: ChainModel, world: ChainWorld) {
    const target = pick(openRecords(model, (sampled, status) => sampled && status === 'in_moderation'), this.choice);
    const batch = model.batches.find((candidate) => candidate.id === target?.attempt.batchId);
    if (!target || !batch) throw new Error('nothing to decide');
    const reasons: Record<string, string> = this.decision === 'refer' ? { 'AC3.4': 'The conflict evidence does not show the mode chosen and why.' } : {};
    await decideRecord(world.handle.db, moderatorOf(world, batch.moderatorIndex).actor, { batchId: batch.id, submissionId: target.attempt.submissionId, decision: this.decision, reasons, comment: '' });
    target.attempt.status = this.decision === 'agree' ? 'agreed' : 'referred';
    await checkChainInvariants(world, model, 'Decide');
  }
  toString() {
    return `Decide(${this.choice}, ${this.decision})`;
  }
}

/** The moderator signs an open batch: every record becomes final, or the signing is refused while a sampled one is not agreed. */
export class SignBatch implements Command {
  constructor(readonly choice: number) {}
  check(model: Readonly<ChainModel>) {
    return model.batches.some((batch) => batch.open);
  }
  async run(model: ChainModel, world: ChainWorld) {
    const batch = pick(model.batches.filter((candidate) => candidate.open), this.choice);
    if (!batch) throw new Error('no open batch');
    const moderator = moderatorOf(world, batch.moderatorIndex);
    const records = allAttempts(model).filter(({ attempt }) => attempt.batchId === batch.id);
    const ready = records.every(({ attempt }) => !attempt.sampled || attempt.status === 'agreed');
    if (!ready) {
      await expect(sealBatch(world.handle.db, moderator.actor, world.deps, moderator.signer, batch.id)).rejects.toMatchObject({ code: 'unresolved' });
    } else {
      expect(await sealBatch(world.handle.db, moderator.actor, world.deps, moderator.signer, batch.id)).toBe(records.length);
      batch.open = false;
      for (const { learnerIndex, attempt } of records) {
        attempt.status = 'final';
        const learner = model.learners[learnerIndex];
        if (learner) learner.snapshots += 1;
      }
    }
    await checkChainInvariants(world, model, ready ? 'SignBatch' : 'SignBatch refused: a sampled record not agreed');
  }
  toString() {
    return `SignBatch(${this.choice})`;
  }
}

/** An admin corrects the learner's current final record; correcting an older attempt's record is refused. */
export class Correct implements Command {
  constructor(readonly learnerIndex: number) {}
  check(model: Readonly<ChainModel>) {
    const learner = model.learners[this.learnerIndex];
    return learner !== undefined && currentFinalAttempt(learner) !== undefined;
  }
  async run(model: ChainModel, world: ChainWorld) {
    const learner = model.learners[this.learnerIndex];
    const current = learner && currentFinalAttempt(learner);
    if (!learner || !current) throw new Error('no final record');
    const { admin } = world;
    const older = learner.attempts.find((attempt) => attempt.status === 'final' && attempt !== current);
    if (older) await expect(issueCorrection(world.handle.db, admin, world.deps, older.submissionId, 'Correct the spelling of the name.')).rejects.toThrow(/current record/);
    await issueCorrection(world.handle.db, admin, world.deps, current.submissionId, 'Correct the spelling of the name.');
    learner.snapshots += 1;
    await checkChainInvariants(world, model, 'Correct');
  }
  toString() {
    return `Correct(learner ${this.learnerIndex})`;
  }
}

