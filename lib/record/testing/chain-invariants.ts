import { and, eq, inArray } from 'drizzle-orm';
import { expect } from 'vitest';
import { assessment, recordSnapshot, submission } from '@/lib/db/schema';
import { currentRecord } from '@/lib/record/current-record';
import { RecordOfLearningSchema } from '@/lib/record/record-schema';
import { type Snapshot, snapshotIntact } from '@/lib/record/snapshot-record';
import { type ChainModel, currentFinalAttempt } from '@/lib/record/testing/chain-model';
import type { ChainWorld } from '@/lib/record/testing/chain-world';
import { verifyRecord } from '@/lib/record/verify-record';

type Judgement = typeof assessment.$inferSelect;

/** Signed judgements and snapshots are sealed: the first time one is seen its content is kept, and it must never differ. */
function expectUnchanged(world: ChainWorld, key: string, value: unknown) {
  const text = JSON.stringify(value);
  const before = world.sealed.get(key);
  if (before === undefined) world.sealed.set(key, text);
  else expect(text, `${key} changed after it was sealed`).toBe(before);
}

function expectSealsItsJudgement(snapshot: Snapshot, sealed: Judgement | undefined, latest: Judgement | undefined, attemptNumber: number | undefined) {
  expect(sealed, `snapshot v${snapshot.version} names no signed judgement`).toBeDefined();
  if (!sealed) return;
  expect(sealed.submissionId).toBe(snapshot.submissionId);
  // A final attempt is never signed again, so the judgement it seals stays the latest signed round.
  expect(sealed.id).toBe(latest?.id);
  const record = RecordOfLearningSchema.parse(JSON.parse(snapshot.canonicalJson));
  expect(record.overall).toBe(sealed.outcome);
  expect(record.attempt?.number).toBe(attemptNumber);
  for (const outcome of record.outcomes) {
    for (const criterion of outcome.criteria) expect(criterion.met, `${criterion.code} in snapshot v${snapshot.version}`).toBe(sealed.judgements[criterion.code]?.met ?? null);
  }
}

/** Checks, after every step, what must hold of the chain whatever path led here. */
export async function checkChainInvariants(world: ChainWorld, model: ChainModel, step: string): Promise<void> {
  model.steps.set(step, (model.steps.get(step) ?? 0) + 1);
  const { db } = world.handle;
  const enrolmentIds = world.learners.map((learner) => learner.enrolmentId);
  const submissions = await db.select().from(submission).where(inArray(submission.enrolmentId, enrolmentIds));
  const snapshots = await db.select().from(recordSnapshot).where(inArray(recordSnapshot.enrolmentId, enrolmentIds));
  const signed = submissions.length === 0 ? [] : await db.select().from(assessment).where(and(inArray(assessment.submissionId, submissions.map((row) => row.id)), eq(assessment.status, 'signed')));
  const latestSigned = new Map<string, Judgement>();
  for (const judgement of signed) {
    expectUnchanged(world, `judgement ${judgement.id}`, judgement);
    const previous = latestSigned.get(judgement.submissionId);
    if (!previous || previous.round < judgement.round) latestSigned.set(judgement.submissionId, judgement);
  }

  for (const [index, learner] of model.learners.entries()) {
    const person = world.learners[index];
    if (!person) throw new Error(`no learner ${index}`);
    const theirs = submissions.filter((row) => row.enrolmentId === person.enrolmentId);
    expect(theirs).toHaveLength(learner.attempts.length);
    expect(theirs.length).toBeLessThanOrEqual(model.maxAttempts);
    for (const attempt of learner.attempts) expect(theirs.find((row) => row.id === attempt.submissionId)?.status, `status of learner ${index}'s attempt`).toBe(attempt.status);

    const versions = snapshots.filter((snapshot) => snapshot.enrolmentId === person.enrolmentId).sort((a, b) => a.version - b.version);
    expect(versions.map((snapshot) => snapshot.version)).toEqual(versions.map((_, position) => position + 1));
    expect(versions).toHaveLength(learner.snapshots);
    const current = versions.filter((snapshot) => snapshot.supersededAt === null);
    expect(current.length, 'current final records of one enrolment').toBe(versions.length === 0 ? 0 : 1);
    expect(current[0]?.submissionId).toBe(currentFinalAttempt(learner)?.submissionId);

    // Everything below reads only this learner's rows: skip it when none of them changed since the last step.
    const fingerprint = JSON.stringify([theirs.map((row) => [row.id, row.revision, row.status]).sort(), versions.map((snapshot) => [snapshot.id, snapshot.supersededBy])]);
    if (world.checked.get(index) === fingerprint) continue;
    world.checked.set(index, fingerprint);

    for (const snapshot of versions) {
      expectUnchanged(world, `snapshot ${snapshot.id}`, { ...snapshot, supersededAt: null, supersededBy: null });
      if (snapshot.supersededBy) expectUnchanged(world, `superseded ${snapshot.id}`, snapshot.supersededBy);
      expect(snapshotIntact(snapshot)).toBe(true);
      const sealed = signed.find((judgement) => judgement.id === snapshot.assessmentId);
      expectSealsItsJudgement(snapshot, sealed, latestSigned.get(snapshot.submissionId), theirs.find((row) => row.id === snapshot.submissionId)?.attemptNumber);
      // Following "superseded by" from any version ends at the current one.
      let cursor: Snapshot | undefined = snapshot;
      for (let hops = 0; cursor?.supersededBy && hops <= versions.length; hops += 1) cursor = versions.find((candidate) => candidate.id === cursor?.supersededBy);
      expect(cursor?.id).toBe(current[0]?.id);
      const verified = await verifyRecord(db, snapshot.verificationCode, world.deps.baseUrl);
      expect(verified).toMatchObject({ found: true, intact: true, version: snapshot.version, code: snapshot.verificationCode, supersededByCode: snapshot.supersededAt === null ? null : expect.any(String) });
      expect(verified.found && verified.record?.overall).toBe(sealed?.outcome);
    }

    const seen = await currentRecord(db, world.deps, person.enrolmentId);
    const latest = learner.attempts.at(-1);
    expect(seen?.attempt?.number ?? null).toBe(latest ? learner.attempts.length : null);
    if (latest?.status === 'final') {
      expect(seen).toMatchObject({ status: 'final', verification: { code: current[0]?.verificationCode } });
    } else {
      expect(seen?.status).not.toBe('final');
      expect(seen?.verification).toBeNull();
    }
  }
}
