import { describe, expect, it } from 'vitest';
import { describePart, partProgress } from '@/components/assessment/part-progress';

const parts = [
  { title: 'Knowledge', items: [{ itemKey: 'k/1', number: 1 }, { itemKey: 'k/2', number: 2 }, { itemKey: 'k/3', number: 3 }] },
  { title: 'Ticket', items: [{ itemKey: 't/1', number: 4 }] },
];

describe('partProgress', () => {
  it('counts an answer saved when the server confirmed it or held it at load, and waiting while it is only in the browser', () => {
    const progress = partProgress(parts, {
      statuses: { 'k/1': { state: 'saved', at: '2026-12-03T10:00:00Z' }, 'k/2': { state: 'offline' }, 't/1': { state: 'saving' } },
      heldAtLoad: new Set(['k/3']),
      unfinished: new Set([4]),
    });
    expect(progress).toEqual([
      { title: 'Knowledge', total: 3, saved: 2, waiting: 1, unfinished: 0 },
      { title: 'Ticket', total: 1, saved: 0, waiting: 1, unfinished: 1 },
    ]);
  });

  it('does not count an answer held at load as saved once a newer change to it is waiting', () => {
    const [knowledge] = partProgress(parts, { statuses: { 'k/1': { state: 'error', message: 'Refused' } }, heldAtLoad: new Set(['k/1']), unfinished: new Set() });
    expect(knowledge).toMatchObject({ saved: 0, waiting: 1 });
  });
});

describe('describePart', () => {
  it.each([
    [{ title: 'A', total: 3, saved: 3, waiting: 0, unfinished: 0 }, 'all 3 saved'],
    [{ title: 'A', total: 5, saved: 2, waiting: 1, unfinished: 2 }, '2 of 5 saved, 1 not sent yet, 2 not finished'],
    [{ title: 'A', total: 4, saved: 0, waiting: 0, unfinished: 4 }, '0 of 4 saved, 4 not finished'],
  ])('says %j as "%s"', (progress, words) => {
    expect(describePart(progress)).toBe(words);
  });
});
