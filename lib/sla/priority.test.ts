import { expect, test } from 'vitest';
import { DEFAULT_TARGETS, explainPriority, LEVELS, PRIORITY_MATRIX, priorityFor } from './priority';

test('all nine cells of the impact × urgency matrix give the brief’s priorities', () => {
  const cells = LEVELS.flatMap((impact) => LEVELS.map((urgency) => `${impact}×${urgency}=${priorityFor(impact, urgency)}`));
  expect(cells).toEqual([
    'high×high=P1',
    'high×medium=P2',
    'high×low=P3',
    'medium×high=P2',
    'medium×medium=P3',
    'medium×low=P4',
    'low×high=P3',
    'low×medium=P4',
    'low×low=P4',
  ]);
});

test('the matrix is symmetric: swapping impact and urgency gives the same priority', () => {
  for (const a of LEVELS) for (const b of LEVELS) expect(PRIORITY_MATRIX[a][b]).toBe(PRIORITY_MATRIX[b][a]);
});

test('the default targets are the brief’s example table in business minutes', () => {
  expect(DEFAULT_TARGETS).toEqual({
    P1: { responseMinutes: 15, resolutionMinutes: 240 },
    P2: { responseMinutes: 60, resolutionMinutes: 480 },
    P3: { responseMinutes: 240, resolutionMinutes: 1440 },
    P4: { responseMinutes: 480, resolutionMinutes: 4320 },
  });
});

test('the explanation names both ratings, the priority and its targets', () => {
  const text = explainPriority('high', 'medium');
  expect(text).toMatch(/^High impact \(.+\) with medium urgency \(.+\) gives P2, high priority: /);
  expect(text).toContain('respond within 1 h and resolve within 8 h of business time.');
});

test('the explanation follows an SLA’s own targets', () => {
  const targets = { ...DEFAULT_TARGETS, P1: { responseMinutes: 15, resolutionMinutes: 120 } };
  expect(explainPriority('high', 'high', targets)).toContain('respond within 15 min and resolve within 2 h');
});
