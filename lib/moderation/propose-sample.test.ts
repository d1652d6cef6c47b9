import { expect, test } from 'vitest';
import {
  borderlineReason,
  competentShareReason,
  explainRules,
  firstDecisionsReason,
  NOT_YET_COMPETENT_REASON,
  proposeSample,
  REPRESENTED_REASON,
} from '@/lib/moderation/propose-sample';
import { decision, decisionsBy } from '@/lib/moderation/test-decisions';
import { shuffle } from '@/lib/quiz/draw';

const RULES = { competentPercent: 25, firstDecisionsPerAssessor: 5 };
const THANDI = { id: 'assessor-a', name: 'Thandi Mokoena' };
const PIETER = { id: 'assessor-b', name: 'Pieter van Wyk' };

function reasonsOf(proposal: ReturnType<typeof proposeSample>): Map<string, string[]> {
  return new Map(proposal.items.map((item) => [item.submissionId, item.reasons]));
}

test('an empty batch gives an empty sample and a zero summary', () => {
  expect(proposeSample([], RULES, 'batch-1')).toEqual({
    items: [],
    notSampled: [],
    summary: { total: 0, sampled: 0, percent: 0, competent: 0, competentSampled: 0, notYetCompetent: 0, perAssessor: [] },
  });
});

test('a batch of only Not Yet Competent decisions is moderated in full, each for that reason alone', () => {
  const proposal = proposeSample(decisionsBy(THANDI, 6, { outcome: 'not_yet_competent' }), RULES, 'batch-1');
  expect(proposal.items).toHaveLength(6);
  expect(proposal.items.every((item) => item.reasons.join() === NOT_YET_COMPETENT_REASON)).toBe(true);
  expect(proposal.notSampled).toEqual([]);
  expect(proposal.summary).toMatchObject({ total: 6, sampled: 6, percent: 100, competent: 0, competentSampled: 0, notYetCompetent: 6 });
});

test('40 Competent decisions put exactly 10 in the sample, each drawn for the Competent share', () => {
  const proposal = proposeSample(decisionsBy(THANDI, 40), RULES, 'batch-1');
  expect(proposal.summary).toMatchObject({ total: 40, sampled: 10, percent: 25, competent: 40, competentSampled: 10 });
  expect(proposal.items.every((item) => item.reasons.join() === competentShareReason(25))).toBe(true);
  expect(proposal.notSampled).toHaveLength(30);
});

test('the Competent share rounds up and follows a higher percentage', () => {
  expect(proposeSample(decisionsBy(THANDI, 41), RULES, 'batch-1').summary.competentSampled).toBe(11);
  const higher = proposeSample(decisionsBy(THANDI, 41), { ...RULES, competentPercent: 40 }, 'batch-1');
  expect(higher.summary.competentSampled).toBe(17);
  expect(higher.summary.percent).toBe(41.5);
  expect(competentShareReason(40)).toBe('Drawn at random for the 40% of Competent decisions that are moderated');
});

test('the first decisions of each assessor are sampled, counted over their whole career', () => {
  const newAssessor = decisionsBy(THANDI, 8, { firstNumber: 1 });
  const earlier = decisionsBy(PIETER, 8, { firstNumber: 3 });
  const reasons = reasonsOf(proposeSample([...newAssessor, ...earlier], RULES, 'batch-1'));
  for (const item of newAssessor) {
    const expected = item.assessorDecisionNumber <= 5;
    const thandiReason = `Decision ${item.assessorDecisionNumber} that Thandi Mokoena ever signed: an assessor's first 5 decisions are all moderated`;
    expect(reasons.get(item.submissionId)?.includes(thandiReason) ?? false).toBe(expected);
  }
  for (const item of earlier) {
    const expected = item.assessorDecisionNumber <= 5;
    expect(reasons.get(item.submissionId)?.includes(firstDecisionsReason('Pieter van Wyk', 5, item.assessorDecisionNumber)) ?? false).toBe(expected);
  }
  // 5 + 3 first decisions already cover 25% of the 16 Competent ones, so nothing else is drawn.
  expect(reasons.size).toBe(8);
});

test('the first-decision rule can be switched off or narrowed to a single decision', () => {
  const batch = decisionsBy(THANDI, 8, { firstNumber: 1 });
  const off = proposeSample(batch, { ...RULES, firstDecisionsPerAssessor: 0 }, 'batch-1');
  expect(off.items.flatMap((item) => item.reasons).every((reason) => reason === competentShareReason(25))).toBe(true);
  const one = reasonsOf(proposeSample(batch, { ...RULES, firstDecisionsPerAssessor: 1 }, 'batch-1'));
  expect(one.get('assessor-a-000')).toEqual(["Decision 1 that Thandi Mokoena ever signed: an assessor's first decision is always moderated"]);
});

test('an assessor whose decisions no rule picks still gets one record in the sample', () => {
  const busy = [
    ...decisionsBy(THANDI, 12, { outcome: 'not_yet_competent', prefix: 'nyc' }),
    ...decisionsBy(THANDI, 4, { firstNumber: 1, prefix: 'new' }),
  ];
  const quiet = decisionsBy(PIETER, 3);
  const proposal = proposeSample([...busy, ...quiet], RULES, 'batch-1');
  const pieterItems = proposal.items.filter((item) => item.submissionId.startsWith('assessor-b'));
  expect(pieterItems).toHaveLength(1);
  expect(pieterItems[0]?.reasons).toEqual([REPRESENTED_REASON]);
  expect(proposal.summary.perAssessor).toEqual([
    { assessorId: 'assessor-b', assessorName: 'Pieter van Wyk', total: 3, sampled: 1 },
    { assessorId: 'assessor-a', assessorName: 'Thandi Mokoena', total: 16, sampled: 16 },
  ]);
});

test('a record gives every reason that applies to it, in the order of the rules', () => {
  const oneCriterion = 'Not Yet Competent on one criterion only (AC2.2): one judgement decides the result';
  const lowMarks = 'Competent on every criterion, but the automatically marked questions scored 58%, under the 70% below which a Competent decision is borderline';
  const record = decision('s-1', { outcome: 'not_yet_competent', borderline: oneCriterion, assessorDecisionNumber: 2 });
  const borderlineCompetent = decision('s-2', { borderline: lowMarks });
  const reasons = reasonsOf(proposeSample([record, borderlineCompetent, ...decisionsBy(THANDI, 10)], RULES, 'batch-1'));
  expect(reasons.get('s-1')).toEqual([NOT_YET_COMPETENT_REASON, borderlineReason(oneCriterion), firstDecisionsReason('Thandi Mokoena', 5, 2)]);
  expect(reasons.get('s-2')).toEqual([`Borderline case, and every one is moderated: ${lowMarks}`]);
});

test('items and the records left out are ordered by assessor name, then by when they were signed', () => {
  const batch = [...decisionsBy(THANDI, 10, { firstNumber: 1 }), ...decisionsBy(PIETER, 10, { firstNumber: 1 })];
  const proposal = proposeSample(shuffle(batch, 'arrival'), RULES, 'batch-1');
  const expected = [...batch.slice(10), ...batch.slice(0, 10)].map((item) => item.submissionId);
  const sampled = new Set(proposal.items.map((item) => item.submissionId));
  expect(proposal.items.map((item) => item.submissionId)).toEqual(expected.filter((id) => sampled.has(id)));
  expect(proposal.notSampled).toEqual(expected.filter((id) => !sampled.has(id)));
});

test('the same batch and seed give the same sample, whatever order the records arrive in', () => {
  const batch = [...decisionsBy(THANDI, 30), ...decisionsBy(PIETER, 30)];
  const proposal = proposeSample(batch, RULES, 'batch-7');
  expect(proposeSample(batch, RULES, 'batch-7')).toEqual(proposal);
  expect(proposeSample(shuffle(batch, 'other order'), RULES, 'batch-7')).toEqual(proposal);
});

test('different seeds usually draw different samples', () => {
  const batch = decisionsBy(THANDI, 40);
  const seeds = Array.from({ length: 20 }, (_, index) => `batch-${index}`);
  const samples = new Set(seeds.map((seed) => proposeSample(batch, RULES, seed).items.map((item) => item.submissionId).join()));
  expect(samples.size).toBeGreaterThanOrEqual(18);
});

test('a submission listed twice or rules outside their bounds are refused', () => {
  expect(() => proposeSample([decision('s-1'), decision('s-1')], RULES, 'batch-1')).toThrow(RangeError);
  expect(() => proposeSample([], { ...RULES, competentPercent: 20 }, 'batch-1')).toThrow();
  expect(() => proposeSample([], { ...RULES, firstDecisionsPerAssessor: 51 }, 'batch-1')).toThrow();
});

test('explainRules describes the default rules in plain words', () => {
  expect(explainRules(RULES)).toEqual([
    'Every Not Yet Competent decision',
    'Every borderline case',
    'The first 5 decisions of each assessor',
    'At least 25% of Competent decisions',
    'At least one record of every assessor',
    'At least 25% of the whole batch',
  ]);
});

test('explainRules follows the settings and leaves out a switched-off first-decision rule', () => {
  const lines = explainRules({ competentPercent: 40, firstDecisionsPerAssessor: 0 });
  expect(lines).toContain('At least 40% of Competent decisions');
  expect(lines.some((line) => line.includes('first'))).toBe(false);
  expect(explainRules({ ...RULES, firstDecisionsPerAssessor: 1 })).toContain('The first decision of each assessor');
});
