import { expect, test } from 'vitest';
import {
  formatDuration,
  formatLocalDateTime,
  formatLocalTime,
  formatReadable,
  formatReadableDate,
  localDayNumber,
  localMinuteOfDay,
  parseLocalDate,
  parseLocalDateTime,
  requireLocalDateTime,
  weekdayOf,
} from './time';

test('a local SAST time is two hours ahead of UTC', () => {
  expect(parseLocalDateTime('2026-03-03T16:30')?.toISOString()).toBe('2026-03-03T14:30:00.000Z');
});

test('a local time just after midnight falls on the previous UTC day', () => {
  expect(parseLocalDateTime('2026-03-04T00:30')?.toISOString()).toBe('2026-03-03T22:30:00.000Z');
});

test('mid-winter and mid-summer use the same offset because there is no daylight saving', () => {
  expect(parseLocalDateTime('2026-07-01T09:00')?.toISOString()).toBe('2026-07-01T07:00:00.000Z');
  expect(parseLocalDateTime('2026-12-01T09:00')?.toISOString()).toBe('2026-12-01T07:00:00.000Z');
});

test('formatting a parsed local date-time gives the same text back', () => {
  for (const text of ['2026-03-03T16:30', '2024-02-29T00:00', '2025-12-31T23:59', '1995-01-01T09:05']) {
    expect(formatLocalDateTime(requireLocalDateTime(text))).toBe(text);
  }
});

test('impossible or badly written date-times parse to null', () => {
  for (const text of ['2026-02-29T10:00', '2026-13-01T10:00', '2026-03-03T24:00', '2026-03-03T09:60', '2026-3-3T9:30', '', '2026-03-03 09:30']) {
    expect(parseLocalDateTime(text)).toBeNull();
  }
});

test('requireLocalDateTime names the bad value', () => {
  expect(() => requireLocalDateTime('2026-02-30T09:00')).toThrow('"2026-02-30T09:00" is not a real local date and time');
});

test('the readable format shows weekday, day, month, year and 24-hour time', () => {
  expect(formatReadable(requireLocalDateTime('2026-03-03T09:30'))).toBe('Tue 3 Mar 2026, 09:30');
  expect(formatReadable(requireLocalDateTime('2026-12-25T17:00'))).toBe('Fri 25 Dec 2026, 17:00');
});

test('local time of day is read in SAST, not UTC', () => {
  const instant = new Date('2026-03-03T22:15:00.000Z');
  expect(formatLocalTime(instant)).toBe('00:15');
  expect(localMinuteOfDay(instant)).toBe(15);
  expect(formatReadableDate(localDayNumber(instant))).toBe('Wed 4 Mar 2026');
});

test('weekdays follow the local date', () => {
  expect(weekdayOf(localDayNumber(requireLocalDateTime('2026-03-07T12:00')))).toBe('sat');
  expect(weekdayOf(localDayNumber(requireLocalDateTime('2026-03-08T23:59')))).toBe('sun');
  expect(weekdayOf(localDayNumber(requireLocalDateTime('2026-03-09T00:00')))).toBe('mon');
  expect(weekdayOf(localDayNumber(requireLocalDateTime('1969-12-31T12:00')))).toBe('wed');
});

test('local dates parse only when real', () => {
  expect(parseLocalDate('2024-02-29')).not.toBeNull();
  expect(parseLocalDate('2023-02-29')).toBeNull();
  expect(parseLocalDate('2024-2-9')).toBeNull();
});

test('durations read as minutes and hours', () => {
  expect(formatDuration(15)).toBe('15 min');
  expect(formatDuration(60)).toBe('1 h');
  expect(formatDuration(90)).toBe('1 h 30 min');
  expect(formatDuration(4320)).toBe('72 h');
  expect(formatDuration(0)).toBe('0 min');
});
