import { expect, test } from 'vitest';
import {
  BATCH_MINIMUM_REASON,
  borderlineReason,
  competentShareReason,
  firstDecisionsReason,
  NOT_YET_COMPETENT_REASON,
  proposeSample,
  REPRESENTED_REASON,
} from '@/lib/moderation/propose-sample';
import type { SampleRules } from '@/lib/moderation/sample-types';
import { randomBatch } from '@/lib/moderation/test-decisions';
import { mulberry32, shuffle } from '@/lib/quiz/draw';

/** 200 reproducible batches, each with its own rules within the settings' bounds. */
const CASES = Array.from({ length: 200 }, (_, index) => {
  const random = mulberry32(index);
  const rules: SampleRules =
    index % 2 === 0
      ? { competentPercent: 25, firstDecisionsPerAssessor: 5 }
      : { competentPercent: 25 + Math.floor(random() * 76), firstDecisionsPerAssessor: Math.floor(random() * 11) };
  return { batch: randomBatch(`batch-${index}`), rules, seed: `seed-${index}` };
});

test('the sample is always at least 25% of the batch, and the percentage says so', () => {
  for (const { batch, rules, seed } of CASES) {
    const { summary } = proposeSample(batch, rules, seed);
    expect(summary.sampled).toBeGreaterThanOrEqual(Math.ceil(batch.length / 4));
    if (batch.length > 0) expect(summary.percent).toBeGreaterThanOrEqual(25);
    expect(summary.percent).toBeLessThanOrEqual(100);
  }
});

test('every record is either sampled once or left out once', () => {
  for (const { batch, rules, seed } of CASES) {
    const proposal = proposeSample(batch, rules, seed);
    const ids = [...proposal.items.map((item) => item.submissionId), ...proposal.notSampled];
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(batch.map((decision) => decision.submissionId).sort());
    expect(proposal.summary.sampled).toBe(proposal.items.length);
  }
});

test('every NYC decision, borderline case and early decision is sampled, and every assessor appears', () => {
  for (const { batch, rules, seed } of CASES) {
    const proposal = proposeSample(batch, rules, seed);
    const sampled = new Set(proposal.items.map((item) => item.submissionId));
    for (const decision of batch) {
      const mustBeSampled =
        decision.outcome === 'not_yet_competent' ||
        decision.borderline ||
        decision.assessorDecisionNumber <= rules.firstDecisionsPerAssessor;
      if (mustBeSampled) expect(sampled.has(decision.submissionId)).toBe(true);
    }
    expect(proposal.summary.perAssessor.every((assessor) => assessor.sampled >= 1)).toBe(true);
    expect(new Set(batch.map((decision) => decision.assessorId)).size).toBe(proposal.summary.perAssessor.length);
  }
});

test('the Competent share is met, and the random draw stops as soon as it is', () => {
  for (const { batch, rules, seed } of CASES) {
    const proposal = proposeSample(batch, rules, seed);
    const target = Math.ceil((proposal.summary.competent * rules.competentPercent) / 100);
    expect(proposal.summary.competentSampled).toBeGreaterThanOrEqual(target);
    const competentIds = new Set(batch.filter((decision) => decision.outcome === 'competent').map((decision) => decision.submissionId));
    // Records added later, to represent an assessor or reach the batch minimum, may take the count past the target.
    const beforeTopUps = proposal.items.filter(
      (item) => competentIds.has(item.submissionId) && !item.reasons.every((reason) => reason === REPRESENTED_REASON || reason === BATCH_MINIMUM_REASON),
    );
    const drew = proposal.items.some((item) => item.reasons.includes(competentShareReason(rules.competentPercent)));
    if (drew) expect(beforeTopUps).toHaveLength(target);
  }
});

test('each sampled record carries exactly the reasons that apply to it, none repeated', () => {
  for (const { batch, rules, seed } of CASES) {
    const proposal = proposeSample(batch, rules, seed);
    const byId = new Map(batch.map((decision) => [decision.submissionId, decision]));
    for (const { submissionId, reasons } of proposal.items) {
      const decision = byId.get(submissionId);
      if (decision === undefined) throw new Error(`unknown submission ${submissionId}`);
      expect(reasons.length).toBeGreaterThan(0);
      expect(new Set(reasons).size).toBe(reasons.length);
      const first = firstDecisionsReason(decision.assessorName, rules.firstDecisionsPerAssessor, decision.assessorDecisionNumber);
      const fixed = [
        ...(decision.outcome === 'not_yet_competent' ? [NOT_YET_COMPETENT_REASON] : []),
        ...(decision.borderline ? [borderlineReason(decision.borderline)] : []),
        ...(decision.assessorDecisionNumber <= rules.firstDecisionsPerAssessor ? [first] : []),
      ];
      if (fixed.length > 0) {
        expect(reasons).toEqual(fixed);
        continue;
      }
      expect(reasons).toHaveLength(1);
      expect([competentShareReason(rules.competentPercent), REPRESENTED_REASON, BATCH_MINIMUM_REASON]).toContain(reasons[0]);
      if (reasons[0] === competentShareReason(rules.competentPercent)) expect(decision.outcome).toBe('competent');
      if (reasons[0] === REPRESENTED_REASON) {
        const assessor = proposal.summary.perAssessor.find((summary) => summary.assessorId === decision.assessorId);
        expect(assessor?.sampled).toBe(1);
      }
    }
  }
});

test('a proposal depends only on the batch, the rules and the seed', () => {
  for (const { batch, rules, seed } of CASES.slice(0, 50)) {
    const proposal = proposeSample(batch, rules, seed);
    expect(proposeSample(shuffle(batch, seed), rules, seed)).toEqual(proposal);
  }
});
