import { expect, test } from 'vitest';
import { outcomeOf } from '@/lib/assessing/judgement-schema';

test('the outcome is Competent only when every criterion is met', () => {
  expect(outcomeOf({ 'AC1.1': { met: true }, 'AC1.2': { met: true } }, ['AC1.1', 'AC1.2'])).toBe('competent');
  expect(outcomeOf({ 'AC1.1': { met: true }, 'AC1.2': { met: false } }, ['AC1.1', 'AC1.2'])).toBe('not_yet_competent');
});

test('no outcome while a criterion is undecided or missing', () => {
  expect(outcomeOf({ 'AC1.1': { met: true }, 'AC1.2': { met: null } }, ['AC1.1', 'AC1.2'])).toBeNull();
  expect(outcomeOf({ 'AC1.1': { met: true } }, ['AC1.1', 'AC1.2'])).toBeNull();
});
