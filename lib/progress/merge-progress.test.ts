import { expect, test } from 'vitest';
import { mergeProgress } from '@/lib/progress/merge-progress';

const answer = (answeredAt: string, optionId: string) => ({ response: { type: 'single' as const, optionId }, score: 1, attempts: 1, answeredAt });

test('a lesson completed on either device counts as completed, with the earliest times', () => {
  const merged = mergeProgress(
    { lessons: { '01-a': { openedAt: '2026-03-02T08:00:00.000Z', completedAt: null } }, answers: {} },
    { lessons: { '01-a': { openedAt: '2026-03-01T08:00:00.000Z', completedAt: '2026-03-01T09:00:00.000Z' }, '02-b': { openedAt: '2026-03-03T08:00:00.000Z', completedAt: null } }, answers: {} },
  );
  expect(merged.lessons).toEqual({
    '01-a': { openedAt: '2026-03-01T08:00:00.000Z', completedAt: '2026-03-01T09:00:00.000Z' },
    '02-b': { openedAt: '2026-03-03T08:00:00.000Z', completedAt: null },
  });
});

test('the most recent answer to a question wins, whichever device gave it', () => {
  const merged = mergeProgress(
    { lessons: {}, answers: { 'q/one': answer('2026-03-02T08:00:00.000Z', 'server'), 'q/two': answer('2026-03-01T08:00:00.000Z', 'old') } },
    { lessons: {}, answers: { 'q/one': answer('2026-03-01T08:00:00.000Z', 'stale'), 'q/two': answer('2026-03-05T08:00:00.000Z', 'new') } },
  );
  expect(merged.answers['q/one']?.response).toEqual({ type: 'single', optionId: 'server' });
  expect(merged.answers['q/two']?.response).toEqual({ type: 'single', optionId: 'new' });
});
