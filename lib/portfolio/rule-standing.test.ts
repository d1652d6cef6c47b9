import { expect, test } from 'vitest';
import { ruleStandingWords } from '@/lib/portfolio/rule-standing';
import { evaluateCriterion } from '@/lib/portfolio/sufficiency';
import type { SufficiencyFile } from '@/lib/portfolio/sufficiency-schema';

const FILE: SufficiencyFile = { currencyMonths: 24, default: { pieces: 2, methods: 2, practical: 1, practicalChannels: 0 }, criteria: {} };
const NOW = new Date('2026-03-10T10:00:00Z');
const knowledge = { id: 'k', method: 'knowledge' as const, criteria: ['AC1.1'], channel: null, state: 'submitted' as const, occurredAt: NOW };
const observation = { id: 'o', method: 'observation' as const, criteria: ['AC1.1'], channel: 'phone' as const, state: 'signed' as const, occurredAt: NOW };

test('a met rule is stated with what the evidence holds', () => {
  expect(ruleStandingWords(evaluateCriterion('AC1.1', [knowledge, observation], FILE, NOW))).toEqual({
    met: true,
    words: "The evidence meets this criterion's rule (2 pieces of evidence, from 2 methods, one of them practical): 2 pieces: Knowledge test, Observation (phone).",
  });
});

test('an unmet rule says it cannot be signed as met, and what is missing', () => {
  const standing = ruleStandingWords(evaluateCriterion('AC1.1', [knowledge], FILE, NOW));
  expect(standing.met).toBe(false);
  expect(standing.words).toBe(
    "The evidence does not meet this criterion's rule yet, so it cannot be signed as met: it needs 2 pieces of evidence, from 2 methods, one of them practical and has 1 piece: Knowledge test. Missing: 1 more piece of evidence; evidence from 1 more method; 1 more practical piece (observation, role-play, witness, logbook or simulated ticket).",
  );
});
