import { expect, test } from 'vitest';
import { mergeProgress } from '@/lib/progress/merge-progress';
import type { ProgressSnapshot } from '@/lib/progress/progress-schema';
import { canonicalJson } from '@/lib/progress/same-progress';
import { mulberry32 } from '@/lib/quiz/draw';

// No property-testing library in the project: 500 reproducible cases from a seeded generator.
const SLUGS = ['01-welcome', '02-slas', '03-priorities', '04-responding'];
const KEYS = ['check/q1', 'check/q2', 'check/q3', 'other/q1'];
// Few distinct times, so equal times (two devices in the same millisecond) come up often.
const TIMES = ['2026-03-02T08:00:00.000Z', '2026-03-02T08:00:01.000Z', '2026-03-02T09:30:00.000Z', '2026-03-03T07:00:00.000Z'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function randomSnapshot(random: () => number): ProgressSnapshot {
  const snapshot: ProgressSnapshot = { lessons: {}, answers: {} };
  for (const slug of SLUGS) {
    if (random() < 0.5) continue;
    const openedAt = pick(random, TIMES);
    const completedAt = random() < 0.5 ? null : pick(random, TIMES.filter((time) => time >= openedAt));
    snapshot.lessons[slug] = { openedAt, completedAt };
  }
  for (const key of KEYS) {
    if (random() < 0.4) continue;
    snapshot.answers[key] = {
      response: { type: 'single', optionId: pick(random, ['a', 'b', 'c']) },
      score: pick(random, [0, 1]),
      attempts: 1 + Math.floor(random() * 3),
      answeredAt: pick(random, TIMES),
    };
  }
  return snapshot;
}

const CASES = Array.from({ length: 500 }, (_, seed) => {
  const random = mulberry32(seed);
  return { seed, a: randomSnapshot(random), b: randomSnapshot(random), c: randomSnapshot(random) };
});

const same = (x: ProgressSnapshot, y: ProgressSnapshot) => expect(canonicalJson(x)).toBe(canonicalJson(y));

test('merging gives the same progress whichever copy comes first, and in whatever grouping', () => {
  for (const { a, b, c } of CASES) {
    same(mergeProgress(a, b), mergeProgress(b, a));
    same(mergeProgress(mergeProgress(a, b), c), mergeProgress(a, mergeProgress(b, c)));
  }
});

test('merging a copy with itself, or again with what it already holds, changes nothing', () => {
  for (const { a, b } of CASES) {
    same(mergeProgress(a, a), a);
    const merged = mergeProgress(a, b);
    same(mergeProgress(merged, a), merged);
    same(mergeProgress(b, merged), merged);
  }
});

test('nothing either copy holds is lost: every completion stays completed and no answer is replaced by an older one', () => {
  for (const { seed, a, b } of CASES) {
    const merged = mergeProgress(a, b);
    for (const copy of [a, b]) {
      for (const [slug, lesson] of Object.entries(copy.lessons)) {
        const kept = merged.lessons[slug];
        expect(kept, `seed ${seed} lesson ${slug}`).toBeDefined();
        expect(Date.parse(kept?.openedAt ?? '')).toBeLessThanOrEqual(Date.parse(lesson.openedAt));
        if (lesson.completedAt !== null) expect(Date.parse(kept?.completedAt ?? '')).toBeLessThanOrEqual(Date.parse(lesson.completedAt));
      }
      for (const [key, answer] of Object.entries(copy.answers)) {
        const kept = merged.answers[key];
        expect(kept, `seed ${seed} answer ${key}`).toBeDefined();
        expect(Date.parse(kept?.answeredAt ?? '')).toBeGreaterThanOrEqual(Date.parse(answer.answeredAt));
      }
    }
  }
});

test('the merge holds only what the copies held: each answer is one of theirs, and a lesson completed in neither stays open', () => {
  for (const { a, b } of CASES) {
    const merged = mergeProgress(a, b);
    expect(Object.keys(merged.lessons).sort()).toEqual([...new Set([...Object.keys(a.lessons), ...Object.keys(b.lessons)])].sort());
    for (const [slug, lesson] of Object.entries(merged.lessons)) {
      const completedSomewhere = a.lessons[slug]?.completedAt != null || b.lessons[slug]?.completedAt != null;
      expect(lesson.completedAt !== null).toBe(completedSomewhere);
    }
    for (const [key, answer] of Object.entries(merged.answers)) expect([a.answers[key], b.answers[key]]).toContainEqual(answer);
  }
});
