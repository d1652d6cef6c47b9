import { expect, test } from 'vitest';
import { explainBorderline } from '@/lib/moderation/borderline';

test('a Competent decision whose automatic marks average under 70% is borderline, with the score in the reason', () => {
  expect(explainBorderline({ outcome: 'competent', autoAverage: 0.584, notMet: [] })).toBe(
    'Competent on every criterion, but the automatically marked questions scored 58%, under the 70% below which a Competent decision is borderline',
  );
});

test('a Competent decision at 70% or more, or with no automatic marks, is not borderline', () => {
  expect(explainBorderline({ outcome: 'competent', autoAverage: 0.7, notMet: [] })).toBeNull();
  expect(explainBorderline({ outcome: 'competent', autoAverage: null, notMet: [] })).toBeNull();
});

test('Not Yet Competent on exactly one criterion is borderline and names it; on two or more it is not', () => {
  expect(explainBorderline({ outcome: 'not_yet_competent', autoAverage: 0.9, notMet: ['AC2.2'] })).toBe('Not Yet Competent on one criterion only (AC2.2): one judgement decides the result');
  expect(explainBorderline({ outcome: 'not_yet_competent', autoAverage: 0.2, notMet: ['AC2.2', 'AC3.1'] })).toBeNull();
});

test('69.9% is reported as 69%, never rounded up to the threshold', () => {
  expect(explainBorderline({ outcome: 'competent', autoAverage: 0.699, notMet: [] })).toMatch(/scored 69%/);
});
