import { expect, test } from 'vitest';
import { ALL_ACS, loadRealAssessment } from '@/lib/assessment/testing/fixtures';
import { deriveSeed, drawItems } from '@/lib/quiz/draw';

/**
 * A learner judged Not Yet Competent may try twice more. Each resubmission should meet new items
 * for every criterion, so the banks must hold enough distinct items per criterion for three
 * attempts. This replays three attempts the way startAttempt draws them (each preferring items
 * not seen before) over many fixed seeds, so the result is the same on every run.
 */

const SERIES = 400;

async function replayThreeAttempts() {
  const assessment = await loadRealAssessment();
  let repeats = 0;
  const criteriaWithoutFreshEvidence = new Map<string, number>();
  const singleDrawRepeats: string[] = [];
  for (let series = 0; series < SERIES; series += 1) {
    const seenPerBank = new Map<string, Set<string>>();
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const fresh = new Set<string>();
      for (const part of assessment.definition.parts) {
        const bank = assessment.banks.get(part.bank);
        if (!bank) throw new Error(`no bank ${part.bank}`);
        const seen = seenPerBank.get(part.bank) ?? new Set<string>();
        for (const item of drawItems(bank, deriveSeed(`series-${series}-attempt-${attempt}`, part.bank), seen)) {
          if (seen.has(item.id)) {
            repeats += 1;
            if (bank.draw === 1) singleDrawRepeats.push(`${part.bank}/${item.id}`);
          } else {
            for (const code of item.acs) fresh.add(code);
          }
          seen.add(item.id);
        }
        seenPerBank.set(part.bank, seen);
      }
      if (attempt === 1) continue;
      for (const code of ALL_ACS) if (!fresh.has(code)) criteriaWithoutFreshEvidence.set(code, (criteriaWithoutFreshEvidence.get(code) ?? 0) + 1);
    }
  }
  return { repeats, criteriaWithoutFreshEvidence, singleDrawRepeats, itemsPerAttempt: [...assessment.banks.values()].reduce((sum, bank) => sum + bank.draw, 0) };
}

const replay = replayThreeAttempts();

test('every criterion gets evidence from items not met before in the second and the third attempt', async () => {
  expect(Object.fromEntries((await replay).criteriaWithoutFreshEvidence)).toEqual({});
});

test('a part that draws one item shows a different one in each of three attempts', async () => {
  expect((await replay).singleDrawRepeats).toEqual([]);
});

test('almost every item in a second and third attempt is new to the learner', async () => {
  const { repeats, itemsPerAttempt } = await replay;
  // Spreading items across criteria comes first, so a rare repeat is allowed: at most 1 in 1,000 items.
  expect(repeats).toBeLessThanOrEqual(Math.floor((SERIES * 2 * itemsPerAttempt) / 1000));
});
