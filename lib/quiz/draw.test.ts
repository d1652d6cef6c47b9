import { expect, test } from 'vitest';
import { deriveSeed, drawItems, mulberry32, seedFromString, shuffle, shuffleOptions } from '@/lib/quiz/draw';
import { markItem } from '@/lib/quiz/mark';
import type { MarkResult } from '@/lib/quiz/mark-types';
import {
  matchingQuestion,
  multipleQuestion,
  orderingQuestion,
  scenarioQuestion,
  singleQuestion,
  trueFalseQuestion,
} from '@/lib/quiz/test-questions';

const SEEDS = Array.from({ length: 50 }, (_, index) => `attempt-${index}`);

/** A bank of `perCode` items for each of the given AC codes. */
function bankOf(codes: string[], perCode: number, draw: number) {
  const items = codes.flatMap((code) => Array.from({ length: perCode }, (_, index) => ({ id: `${code}-${index}`, acs: [code] })));
  return { draw, items };
}

test('seedFromString is a stable unsigned 32-bit number that spreads similar strings apart', () => {
  expect(seedFromString('attempt-1')).toBe(seedFromString('attempt-1'));
  const seeds = new Set(SEEDS.map(seedFromString));
  expect(seeds.size).toBe(SEEDS.length);
  for (const seed of seeds) {
    expect(Number.isInteger(seed)).toBe(true);
    expect(seed).toBeGreaterThanOrEqual(0);
    expect(seed).toBeLessThan(2 ** 32);
  }
  expect(seedFromString('')).not.toBe(seedFromString('a'));
});

test('mulberry32 repeats for a seed and gives evenly spread numbers in [0, 1)', () => {
  const first = mulberry32(42);
  const second = mulberry32(42);
  const values = Array.from({ length: 10_000 }, () => first());
  expect(Array.from({ length: 5 }, () => second())).toEqual(values.slice(0, 5));
  expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  expect(mean).toBeGreaterThan(0.48);
  expect(mean).toBeLessThan(0.52);
  const lowHalf = values.filter((value) => value < 0.5).length;
  expect(lowHalf).toBeGreaterThan(4_800);
  expect(lowHalf).toBeLessThan(5_200);
  expect(mulberry32(43)()).not.toBe(mulberry32(42)());
});

test('shuffle gives the same order for the same seed and leaves the input alone', () => {
  const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
  const copy = [...items];
  expect(shuffle(items, 'seed-1')).toEqual(shuffle(items, 'seed-1'));
  expect(shuffle(items, 7)).toEqual(shuffle(items, 7));
  expect(items).toEqual(copy);
  expect([...shuffle(items, 'seed-1')].sort()).toEqual(copy);
});

test('shuffle gives different orders for different seeds', () => {
  const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
  const orders = new Set(SEEDS.map((seed) => shuffle(items, seed).join('')));
  expect(orders.size).toBeGreaterThanOrEqual(48);
});

test('shuffle makes every order of three items about equally likely', () => {
  const counts = new Map<string, number>();
  for (let seed = 0; seed < 6_000; seed += 1) {
    const order = shuffle(['a', 'b', 'c'], seed).join('');
    counts.set(order, (counts.get(order) ?? 0) + 1);
  }
  expect(counts.size).toBe(6);
  for (const count of counts.values()) {
    expect(count).toBeGreaterThan(850);
    expect(count).toBeLessThan(1_150);
  }
});

test('shuffle handles empty and single-item lists', () => {
  expect(shuffle([], 1)).toEqual([]);
  expect(shuffle(['only'], 1)).toEqual(['only']);
});

test('drawItems draws the set number of distinct items from the bank, the same for the same seed', () => {
  const bank = bankOf(['AC1.1', 'AC2.1', 'AC3.1'], 6, 6);
  const drawn = drawItems(bank, 'learner-7-attempt-1');
  expect(drawn).toHaveLength(6);
  expect(new Set(drawn.map((item) => item.id)).size).toBe(6);
  for (const item of drawn) expect(bank.items).toContain(item);
  expect(drawItems(bank, 'learner-7-attempt-1')).toEqual(drawn);
});

test('drawItems represents every AC code in every draw when the draw is at least the number of codes', () => {
  const codes = ['AC1.1', 'AC1.2', 'AC2.1', 'AC2.2', 'AC3.1'];
  // Uneven on purpose: one code has a single item, another has many.
  const bank = {
    draw: 5,
    items: [...bankOf(codes.slice(0, 4), 4, 5).items, { id: 'lonely', acs: ['AC3.1'] }, ...bankOf(['AC1.1'], 6, 5).items.map((item) => ({ ...item, id: `extra-${item.id}` }))],
  };
  for (const seed of SEEDS) {
    const drawnCodes = new Set(drawItems(bank, seed).flatMap((item) => item.acs));
    expect([...drawnCodes].sort()).toEqual(codes);
  }
});

test('drawItems spreads a larger draw evenly across codes', () => {
  const bank = bankOf(['AC1.1', 'AC2.1', 'AC3.1'], 10, 9);
  for (const seed of SEEDS) {
    const perCode = new Map<string, number>();
    for (const item of drawItems(bank, seed)) for (const code of item.acs) perCode.set(code, (perCode.get(code) ?? 0) + 1);
    expect([...perCode.values()]).toEqual([3, 3, 3]);
  }
});

test('drawItems covers a code carried only by an item that also serves another code', () => {
  const bank = {
    draw: 3,
    items: [
      { id: 'both', acs: ['AC1.1', 'AC2.1'] },
      { id: 'first', acs: ['AC1.1'] },
      { id: 'second', acs: ['AC1.1'] },
      { id: 'third', acs: ['AC3.1'] },
      { id: 'fourth', acs: ['AC3.1'] },
      { id: 'fifth', acs: ['AC3.1'] },
      { id: 'sixth', acs: ['AC3.1'] },
      { id: 'seventh', acs: ['AC1.1'] },
      { id: 'eighth', acs: ['AC3.1'] },
    ],
  };
  for (const seed of SEEDS) {
    const drawn = drawItems(bank, seed);
    expect(drawn.map((item) => item.id)).toContain('both');
    expect(new Set(drawn.flatMap((item) => item.acs)).size).toBe(3);
  }
});

test('drawItems with fewer slots than codes shows distinct codes, each code in its fair share of draws', () => {
  const codes = ['AC1.1', 'AC1.2', 'AC2.1', 'AC2.2', 'AC3.1', 'AC3.2'];
  const bank = bankOf(codes, 3, 2);
  const timesShown = new Map<string, number>();
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const drawnCodes = drawItems(bank, `attempt-${attempt}`).flatMap((item) => item.acs);
    expect(new Set(drawnCodes).size).toBe(2);
    for (const code of drawnCodes) timesShown.set(code, (timesShown.get(code) ?? 0) + 1);
  }
  // Each code should appear in about 2/6 of 600 draws = 200.
  for (const code of codes) {
    expect(timesShown.get(code)).toBeGreaterThan(150);
    expect(timesShown.get(code)).toBeLessThan(250);
  }
});

test('drawItems gives different sets for different seeds and, over many attempts, uses every item', () => {
  const bank = bankOf(['AC1.1', 'AC2.1', 'AC3.1'], 5, 5);
  const sets = new Set(SEEDS.map((seed) => drawItems(bank, seed).map((item) => item.id).sort().join(',')));
  expect(sets.size).toBeGreaterThanOrEqual(45);
  const everUsed = new Set(SEEDS.flatMap((seed) => drawItems(bank, seed).map((item) => item.id)));
  expect(everUsed.size).toBe(bank.items.length);
});

test('drawItems puts the drawn items in a seeded order, not grouped by code', () => {
  const bank = bankOf(['AC1.1', 'AC2.1', 'AC3.1'], 5, 6);
  const firstCodes = new Set(SEEDS.map((seed) => drawItems(bank, seed)[0]?.acs[0]));
  expect(firstCodes.size).toBe(3);
});

test('drawItems draws an item without AC codes like any other', () => {
  const bank = { draw: 3, items: [{ id: 'a', acs: [] }, { id: 'b', acs: [] }, { id: 'c', acs: ['AC1.1'] }] };
  expect(drawItems(bank, 1).map((item) => item.id).sort()).toEqual(['a', 'b', 'c']);
});

test('drawItems refuses a draw it cannot make', () => {
  const items = [{ id: 'a', acs: ['AC1.1'] }];
  expect(() => drawItems({ draw: 2, items }, 1)).toThrow(RangeError);
  expect(() => drawItems({ draw: 0, items }, 1)).toThrow('cannot draw 0 items from a bank of 1');
  expect(() => drawItems({ draw: 0.5, items }, 1)).toThrow(RangeError);
});

test('deriveSeed separates the parts of one attempt', () => {
  expect(deriveSeed('attempt-1', 'q1')).toBe(deriveSeed('attempt-1', 'q1'));
  expect(deriveSeed('attempt-1', 'q1')).not.toBe(deriveSeed('attempt-1', 'q2'));
  expect(deriveSeed(1, 'q1')).toBe(deriveSeed('1', 'q1'));
});

test('shuffleOptions keeps every option, repeats for a seed and varies across seeds', () => {
  const question = multipleQuestion();
  const shown = shuffleOptions(question, 'attempt-1');
  expect(shown).toEqual(shuffleOptions(question, 'attempt-1'));
  expect([...shown.options].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...question.options].sort((a, b) => a.id.localeCompare(b.id)));
  expect(shown.answers).toEqual(question.answers);
  const orders = new Set(SEEDS.map((seed) => shuffleOptions(question, seed).options.map((option) => option.id).join()));
  expect(orders.size).toBeGreaterThan(15);
});

test('shuffleOptions never shows ordering items in the right order', () => {
  const question = orderingQuestion();
  const key = question.items.map((item) => item.id).join();
  for (let seed = 0; seed < 500; seed += 1) {
    const shown = shuffleOptions(question, seed).items.map((item) => item.id);
    expect(shown.join()).not.toBe(key);
    expect([...shown].sort()).toEqual(question.items.map((item) => item.id).sort());
  }
  const threeItems = { ...question, items: question.items.slice(0, 3) };
  for (let seed = 0; seed < 200; seed += 1) {
    expect(shuffleOptions(threeItems, seed).items.map((item) => item.id).join()).not.toBe('listen,apologise,repeat');
  }
});

test('shuffleOptions shuffles matching pairs and choices and each scenario node, leaving true/false alone', () => {
  const matching = matchingQuestion();
  const pairOrders = new Set(SEEDS.map((seed) => shuffleOptions(matching, seed).pairs.map((pair) => pair.id).join()));
  const choiceOrders = new Set(SEEDS.map((seed) => shuffleOptions(matching, seed).choices.map((choice) => choice.id).join()));
  expect(pairOrders.size).toBe(6);
  expect(choiceOrders.size).toBeGreaterThan(15);

  const scenario = scenarioQuestion();
  const openingOrders = new Set(SEEDS.map((seed) => shuffleOptions(scenario, seed).nodes[0]?.choices.map((choice) => choice.id).join()));
  expect(openingOrders.size).toBe(2);
  expect(shuffleOptions(scenario, 1).nodes.map((node) => node.id)).toEqual(scenario.nodes.map((node) => node.id));

  const truefalse = trueFalseQuestion();
  expect(shuffleOptions(truefalse, 1)).toEqual(truefalse);
});

test('two questions shuffled with one attempt seed do not move alike', () => {
  const first = singleQuestion();
  const second = { ...singleQuestion(), id: 'another-question' };
  const differs = SEEDS.some(
    (seed) =>
      shuffleOptions(first, seed).options.map((option) => option.id).join() !== shuffleOptions(second, seed).options.map((option) => option.id).join(),
  );
  expect(differs).toBe(true);
});

/** Feedback follows the options as shown, so only its order may differ. */
function sortedFeedback(result: MarkResult): MarkResult {
  return { ...result, feedback: [...result.feedback].sort() };
}

test('a shuffled multiple, matching or scenario question marks the same as the original', () => {
  for (const seed of SEEDS.slice(0, 10)) {
    const optionIds = ['name', 'ticket', 'blame'];
    expect(sortedFeedback(markItem(shuffleOptions(multipleQuestion(), seed), { type: 'multiple', optionIds }))).toEqual(
      sortedFeedback(markItem(multipleQuestion(), { type: 'multiple', optionIds })),
    );
    const matches = { 'payroll-down': 'p1', 'printer-jam': 'p2' };
    expect(sortedFeedback(markItem(shuffleOptions(matchingQuestion(), seed), { type: 'matching', matches }))).toEqual(
      sortedFeedback(markItem(matchingQuestion(), { type: 'matching', matches })),
    );
    const path = ['greet-warmly', 'interrupt', 'repeat-back'];
    expect(markItem(shuffleOptions(scenarioQuestion(), seed), { type: 'scenario', path })).toEqual(
      markItem(scenarioQuestion(), { type: 'scenario', path }),
    );
  }
});

test('drawItems with nothing seen draws exactly what it draws without the argument', () => {
  const bank = bankOf(['AC1.1', 'AC2.1', 'AC3.1'], 5, 4);
  for (const seed of SEEDS) expect(drawItems(bank, seed, new Set())).toEqual(drawItems(bank, seed));
});

test('drawItems prefers items not seen before: three attempts at a one-item draw from three items see all three', () => {
  const bank = { draw: 1, items: [{ id: 'report-a', acs: ['AC2.3', 'AC3.2'] }, { id: 'report-b', acs: ['AC2.3', 'AC3.1'] }, { id: 'report-c', acs: ['AC2.3', 'AC3.3'] }] };
  for (const seed of SEEDS) {
    const seen = new Set<string>();
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const [item] = drawItems(bank, `${seed}-${attempt}`, seen);
      expect(item && seen.has(item.id), `${seed} attempt ${attempt}`).toBe(false);
      if (item) seen.add(item.id);
    }
    expect(seen.size).toBe(3);
  }
});

test('drawItems draws a wholly fresh set while the bank has enough unseen items, still spread across codes', () => {
  const codes = ['AC1.1', 'AC2.1', 'AC3.1'];
  const bank = bankOf(codes, 4, 3);
  for (const seed of SEEDS) {
    const first = drawItems(bank, `${seed}-1`);
    const seen = new Set(first.map((item) => item.id));
    const second = drawItems(bank, `${seed}-2`, seen);
    expect(second.some((item) => seen.has(item.id))).toBe(false);
    expect(new Set(second.flatMap((item) => item.acs))).toEqual(new Set(codes));
  }
});

test('drawItems still draws the full number when every item has been seen', () => {
  const bank = bankOf(['AC1.1'], 3, 2);
  const drawn = drawItems(bank, 'attempt-4', new Set(bank.items.map((item) => item.id)));
  expect(drawn).toHaveLength(2);
});
