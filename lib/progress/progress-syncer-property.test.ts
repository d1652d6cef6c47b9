import { afterEach, expect, test, vi } from 'vitest';
import { createProgressSyncer } from '@/lib/progress/progress-syncer';
import { sameProgress } from '@/lib/progress/same-progress';
import { fakeProgressServer } from '@/lib/progress/testing/fake-progress-server';
import { MemoryStorage } from '@/lib/progress/testing/memory-storage';
import { mulberry32 } from '@/lib/quiz/draw';

vi.stubGlobal('localStorage', new MemoryStorage());
const { useProgressStore } = await import('@/components/progress/progress-store');

const SLUGS = ['01-welcome', '02-slas', '03-priorities', '04-responding', '05-escalating'];
const QUESTIONS = [
  ['check', 'q1'],
  ['check', 'q2'],
  ['check', 'q3'],
  ['other', 'q1'],
] as const;
const START = Date.parse('2026-03-02T08:00:00.000Z');

type Expected = { completed: Set<string>; answers: Map<string, { optionId: string; answeredAt: number }> };

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

afterEach(() => {
  vi.useRealTimers();
});

/**
 * One learner's session: changes in this browser, syncs started (by the debounce or by coming back
 * online), replies delivered late or lost, and another device saving, all in a random order. When
 * everything has been sent, the browser and the server must hold the same progress, and it must
 * include every completion and the newest answer to every question, wherever it was given.
 */
async function session(seed: number): Promise<void> {
  const random = mulberry32(seed);
  let now = START;
  vi.setSystemTime(now);
  useProgressStore.getState().clearAll();
  const server = fakeProgressServer();
  const syncer = createProgressSyncer({
    fetch: server.fetch,
    read: () => ({ lessons: useProgressStore.getState().lessons, answers: useProgressStore.getState().answers }),
    absorb: (copy) => useProgressStore.getState().absorbServerCopy(copy),
  });
  const expected: Expected = { completed: new Set(), answers: new Map() };
  // An answer given after another in the same millisecond on this browser still replaces it.
  const newest = (key: string, optionId: string, answeredAt: number) => {
    const known = expected.answers.get(key);
    if (!known || answeredAt >= known.answeredAt) expected.answers.set(key, { optionId, answeredAt });
  };

  for (let step = 0; step < 40; step += 1) {
    // Time moves in whole seconds, sometimes not at all (several changes in one millisecond).
    now += Math.floor(random() * 3) * 1000;
    vi.setSystemTime(now);
    const roll = random();
    if (roll < 0.2) {
      const slug = pick(random, SLUGS);
      useProgressStore.getState().markCompleted(slug);
      expected.completed.add(slug);
    } else if (roll < 0.45) {
      const [quizId, questionId] = pick(random, QUESTIONS);
      const optionId = pick(random, ['a', 'b', 'c']);
      useProgressStore.getState().recordAnswer(quizId, questionId, { type: 'single', optionId }, optionId === 'a' ? 1 : 0);
      newest(`${quizId}/${questionId}`, optionId, now);
    } else if (roll < 0.5) {
      useProgressStore.getState().markOpened(pick(random, SLUGS));
    } else if (roll < 0.7) {
      void syncer.request();
    } else if (roll < 0.85) {
      await server.pending[0]?.deliver();
    } else if (roll < 0.9) {
      await server.pending[0]?.fail();
    } else {
      // Another device, half a second apart from this browser's clock so no time is shared.
      const slug = pick(random, SLUGS);
      const [quizId, questionId] = pick(random, QUESTIONS);
      const at = new Date(now + 500).toISOString();
      const optionId = pick(random, ['x', 'y']);
      server.saveFromAnotherDevice({
        lessons: { [slug]: { openedAt: at, completedAt: random() < 0.5 ? at : null } },
        answers: { [`${quizId}/${questionId}`]: { response: { type: 'single', optionId }, score: 0, attempts: 1, answeredAt: at } },
      });
      if (server.stored().lessons[slug]?.completedAt) expected.completed.add(slug);
      newest(`${quizId}/${questionId}`, optionId, now + 500);
    }
  }

  // The learner stops; the last debounced sync goes out and every reply arrives.
  void syncer.request();
  for (let guard = 0; server.pending.length > 0; guard += 1) {
    expect(guard, `seed ${seed}: syncs never stopped`).toBeLessThan(20);
    await server.pending[0]?.deliver();
  }
  const browser = { lessons: useProgressStore.getState().lessons, answers: useProgressStore.getState().answers };
  expect(sameProgress(browser, server.stored()), `seed ${seed}: browser and server differ`).toBe(true);
  const completed = Object.entries(browser.lessons).filter(([, lesson]) => lesson.completedAt !== null);
  expect(new Set(completed.map(([slug]) => slug)), `seed ${seed}`).toEqual(expected.completed);
  for (const [key, answer] of expected.answers) {
    const kept = browser.answers[key];
    expect({ optionId: kept?.response.type === 'single' ? kept.response.optionId : null, answeredAt: Date.parse(kept?.answeredAt ?? '') }, `seed ${seed} ${key}`).toEqual(answer);
  }
  expect(Object.keys(browser.answers).sort()).toEqual([...expected.answers.keys()].sort());
}

test('whatever the order of changes, syncs, late or lost replies and other devices, nothing is lost once all is sent', async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  for (let seed = 0; seed < 300; seed += 1) await session(seed);
});
