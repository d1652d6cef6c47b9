import type { SubmissionStatus } from '@/lib/db/schema/assessment';

export type Outcome = 'competent' | 'not_yet_competent';

export type ModelAttempt = {
  submissionId: string;
  status: SubmissionStatus;
  /** The outcome of the latest signed round, null until signed. */
  outcome: Outcome | null;
  batchId: string | null;
  sampled: boolean;
};

export type ModelLearner = { attempts: ModelAttempt[]; snapshots: number };

export type ModelBatch = { id: string; assessorIndex: number; moderatorIndex: number; open: boolean; submissionIds: string[] };

/** What the chain should look like, kept by the generated commands independently of the database. */
export type ChainModel = { learners: ModelLearner[]; batches: ModelBatch[]; maxAttempts: number; steps: Map<string, number> };

const WITH_LEARNER_OR_ASSESSOR = new Set<SubmissionStatus>(['draft', 'submitted', 'in_assessment', 'referred']);
export const ASSESSABLE = new Set<SubmissionStatus>(['submitted', 'in_assessment', 'referred']);

export function emptyModel(learners: number, maxAttempts: number): ChainModel {
  return { learners: Array.from({ length: learners }, () => ({ attempts: [], snapshots: 0 })), batches: [], maxAttempts, steps: new Map() };
}

/** A new attempt may start when there is none, or the latest is decided Not Yet Competent and attempts remain. */
export function mayStartAttempt(model: ChainModel, learner: ModelLearner): boolean {
  const latest = learner.attempts.at(-1);
  if (!latest) return true;
  return !WITH_LEARNER_OR_ASSESSOR.has(latest.status) && latest.outcome === 'not_yet_competent' && learner.attempts.length < model.maxAttempts;
}

/** Every attempt, with where it is, in a stable order. */
export function allAttempts(model: ChainModel): { learnerIndex: number; attemptIndex: number; attempt: ModelAttempt }[] {
  return model.learners.flatMap((learner, learnerIndex) => learner.attempts.map((attempt, attemptIndex) => ({ learnerIndex, attemptIndex, attempt })));
}

export function pick<T>(items: readonly T[], choice: number): T | undefined {
  return items.length === 0 ? undefined : items[choice % items.length];
}

export function batchOf(model: ChainModel, attempt: ModelAttempt): ModelBatch | undefined {
  return model.batches.find((batch) => batch.id === attempt.batchId);
}

/** The attempt whose final record is the learner's current one: the latest attempt that is final. */
export function currentFinalAttempt(learner: ModelLearner): ModelAttempt | undefined {
  return learner.attempts.filter((attempt) => attempt.status === 'final').at(-1);
}
