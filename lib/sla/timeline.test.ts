import { expect, test } from 'vitest';
import { ALWAYS_OPEN_CALENDAR } from './calendar';
import type { Pause } from './schema';
import { formatLocalTime, requireLocalDateTime as at } from './time';
import { closedDaysBetween, type TimelineSegment, timelineSegments } from './timeline';

function show(segments: TimelineSegment[]): string[] {
  return segments.map((s) => `${formatLocalTime(s.from)}-${formatLocalTime(s.to)} ${s.kind}`);
}

test('the brief’s night splits into open, closed and open again', () => {
  expect(show(timelineSegments(at('2026-03-03T16:00'), at('2026-03-04T10:00')))).toEqual([
    '16:00-17:00 open',
    '17:00-09:00 closed',
    '09:00-10:00 open',
  ]);
});

test('a pause over the night shows as paused only while the desk is open', () => {
  const pauses: Pause[] = [{ from: at('2026-03-03T16:45'), to: at('2026-03-04T09:15'), reason: 'awaiting-customer' }];
  expect(show(timelineSegments(at('2026-03-03T16:00'), at('2026-03-04T10:00'), undefined, pauses))).toEqual([
    '16:00-16:45 open',
    '16:45-17:00 paused',
    '17:00-09:00 closed',
    '09:00-09:15 paused',
    '09:15-10:00 open',
  ]);
});

test('a timeline that starts and ends in closed time is closed at both ends', () => {
  expect(show(timelineSegments(at('2026-03-03T06:00'), at('2026-03-03T20:00')))).toEqual([
    '06:00-09:00 closed',
    '09:00-17:00 open',
    '17:00-20:00 closed',
  ]);
});

test('a 24x7 calendar is one open segment across midnight', () => {
  expect(show(timelineSegments(at('2026-03-07T20:00'), at('2026-03-09T04:00'), ALWAYS_OPEN_CALENDAR))).toEqual(['20:00-04:00 open']);
});

test('a timeline that ends before it starts is rejected', () => {
  expect(() => timelineSegments(at('2026-03-04T10:00'), at('2026-03-03T10:00'))).toThrow('the timeline must end after it starts');
});

test('closed days over Easter 2026 name the holidays and the weekend', () => {
  expect(closedDaysBetween(at('2026-04-02T16:30'), at('2026-04-07T09:30'))).toEqual([
    { date: '2026-04-03', kind: 'public-holiday', name: 'Good Friday' },
    { date: '2026-04-04', kind: 'weekend', name: null },
    { date: '2026-04-05', kind: 'weekend', name: null },
    { date: '2026-04-06', kind: 'public-holiday', name: 'Family Day' },
  ]);
});

test('no days are closed overnight between two weekdays', () => {
  expect(closedDaysBetween(at('2026-03-03T16:30'), at('2026-03-04T09:30'))).toEqual([]);
});
