import path from 'node:path';
import { expect, test } from 'vitest';
import { loadAssessment } from '@/lib/assessment/load-assessment';
import { groupByCriterion } from '@/lib/assessing/group-by-criterion';
import { checkContent } from '@/lib/content/check-content';
import { deriveSeed, drawItems } from '@/lib/quiz/draw';

const CODES = ['AC1.1', 'AC1.2', 'AC2.1', 'AC2.2'];

test('an answer serving one criterion is shown under it, with no links', () => {
  const { groups, unplaced } = groupByCriterion(CODES, [
    { number: 1, acs: ['AC1.2'] },
    { number: 2, acs: ['AC2.1'] },
  ]);
  expect(groups).toEqual([
    { code: 'AC1.1', shown: [], seeAlso: [] },
    { code: 'AC1.2', shown: [1], seeAlso: [] },
    { code: 'AC2.1', shown: [2], seeAlso: [] },
    { code: 'AC2.2', shown: [], seeAlso: [] },
  ]);
  expect(unplaced).toEqual([]);
});

test('an answer serving several criteria is shown once and linked from the others, and shared answers spread so each decision has one beside it', () => {
  // Four tickets each serving AC2.1 and AC2.2, as the simulated tickets do.
  const tickets = [1, 2, 3, 4].map((number) => ({ number, acs: ['AC2.2', 'AC2.1'] }));
  const { groups } = groupByCriterion(CODES, tickets);
  const ac21 = groups.find((group) => group.code === 'AC2.1');
  const ac22 = groups.find((group) => group.code === 'AC2.2');
  expect(ac21).toEqual({ code: 'AC2.1', shown: [1, 3], seeAlso: [{ number: 2, shownUnder: 'AC2.2' }, { number: 4, shownUnder: 'AC2.2' }] });
  expect(ac22).toEqual({ code: 'AC2.2', shown: [2, 4], seeAlso: [{ number: 1, shownUnder: 'AC2.1' }, { number: 3, shownUnder: 'AC2.1' }] });
});

test('answers are placed in question order whatever order they arrive in', () => {
  const { groups } = groupByCriterion(CODES, [
    { number: 3, acs: ['AC1.1'] },
    { number: 1, acs: ['AC1.1'] },
    { number: 2, acs: ['AC1.1', 'AC1.2'] },
  ]);
  expect(groups[0]).toEqual({ code: 'AC1.1', shown: [1, 3], seeAlso: [{ number: 2, shownUnder: 'AC1.2' }] });
  expect(groups[1]).toEqual({ code: 'AC1.2', shown: [2], seeAlso: [] });
});

test('an answer serving no criterion on the page is kept apart rather than lost', () => {
  const { groups, unplaced } = groupByCriterion(CODES, [
    { number: 1, acs: [] },
    { number: 2, acs: ['AC9.9'] },
    { number: 3, acs: ['AC9.9', 'AC1.1'] },
  ]);
  expect(unplaced).toEqual([1, 2]);
  expect(groups[0]?.shown).toEqual([3]);
});

test('for attempts drawn from the real banks: every criterion has its group, every answer is shown exactly once under a criterion it serves, and every criterion links to each other answer that serves it', async () => {
  const { content, problems } = await checkContent(path.resolve('content'));
  if (!content) throw new Error(problems.map((p) => p.message).join('\n'));
  const codes = content.outcomes.outcomes.flatMap((outcome) => outcome.criteria.map((criterion) => criterion.code));
  const loaded = await loadAssessment(path.resolve('content'), new Set(codes), content.outcomes.orientation?.code ?? null);
  const assessment = loaded.assessment;
  if (!assessment) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const items = assessment.definition.parts
      .flatMap((part) => {
        const bank = assessment.banks.get(part.bank);
        return bank ? drawItems(bank, deriveSeed(`attempt-${attempt}`, part.bank)) : [];
      })
      .map((item, index) => ({ number: index + 1, acs: item.acs }));
    expect(items.length).toBeGreaterThan(0);
    const { groups, unplaced } = groupByCriterion(codes, items);
    expect(groups.map((group) => group.code)).toEqual(codes);
    expect(unplaced).toEqual([]);
    const shown = groups.flatMap((group) => group.shown).sort((a, b) => a - b);
    expect(shown, `attempt ${attempt}`).toEqual(items.map((item) => item.number));
    for (const group of groups) {
      const serving = items.filter((item) => item.acs.includes(group.code)).map((item) => item.number);
      expect([...group.shown, ...group.seeAlso.map((link) => link.number)].sort((a, b) => a - b), group.code).toEqual(serving);
      // Holds for the banks as written: spreading shared answers leaves no decision with links alone.
      expect(group.shown.length, `attempt ${attempt}: ${group.code} has an answer beside its decision`).toBeGreaterThan(0);
      for (const link of group.seeAlso) expect(groups.find((other) => other.code === link.shownUnder)?.shown).toContain(link.number);
    }
  }
}, 120_000);
