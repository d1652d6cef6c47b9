import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { type LoadedAssessment, loadAssessment } from '@/lib/assessment/load-assessment';
import { checkContent } from '@/lib/content/check-content';
import { deriveSeed, drawItems } from '@/lib/quiz/draw';

/**
 * Orientation questions never enter a summative bank, so every attempt still gives evidence for
 * every criterion: this draws many attempts from the real banks and checks each one.
 */

let assessment: LoadedAssessment;
let criteria: string[] = [];
let orientation: string | null = null;

beforeAll(async () => {
  const { content, problems } = await checkContent(path.resolve('content'));
  if (!content) throw new Error(problems.map((p) => p.message).join('\n'));
  criteria = content.outcomes.outcomes.flatMap((o) => o.criteria.map((c) => c.code));
  orientation = content.outcomes.orientation?.code ?? null;
  const loaded = await loadAssessment(path.resolve('content'), new Set(criteria), orientation);
  if (!loaded.assessment) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
  assessment = loaded.assessment;
}, 120_000);

test('every attempt, whatever its seed, draws evidence for every criterion and no orientation item', () => {
  expect(orientation).not.toBeNull();
  for (let attempt = 0; attempt < 300; attempt += 1) {
    const seed = `attempt-${attempt}`;
    const drawn = assessment.definition.parts.flatMap((part) => {
      const bank = assessment.banks.get(part.bank);
      return bank ? drawItems(bank, deriveSeed(seed, part.bank)) : [];
    });
    const served = new Set(drawn.flatMap((item) => item.acs));
    expect([...criteria].filter((code) => !served.has(code)), seed).toEqual([]);
    expect(served.has(orientation ?? '')).toBe(false);
  }
});
