import { expect, test } from 'vitest';
import { ALWAYS_OPEN_CALENDAR, clockMinutes, closedReason, DEFAULT_CALENDAR, minutesPerWorkingDay, openWindow } from './calendar';
import type { BusinessCalendar } from './schema';
import { dayNumberFromParts, formatReadable } from './time';

const day = (y: number, m: number, d: number) => dayNumberFromParts(y, m, d);

test('an ordinary weekday opens 09:00 to 17:00 SAST on the default calendar', () => {
  const window = openWindow(day(2026, 3, 3), DEFAULT_CALENDAR);
  expect(window && [formatReadable(new Date(window.from)), formatReadable(new Date(window.to))]).toEqual([
    'Tue 3 Mar 2026, 09:00',
    'Tue 3 Mar 2026, 17:00',
  ]);
});

test('Saturday and Sunday are weekend closures', () => {
  expect(closedReason(day(2026, 3, 7), DEFAULT_CALENDAR)).toEqual({ date: '2026-03-07', kind: 'weekend', name: null });
  expect(closedReason(day(2026, 3, 8), DEFAULT_CALENDAR)?.kind).toBe('weekend');
  expect(openWindow(day(2026, 3, 8), DEFAULT_CALENDAR)).toBeNull();
});

test('a public holiday is named, and an observed Monday says so', () => {
  expect(closedReason(day(2026, 4, 3), DEFAULT_CALENDAR)).toEqual({ date: '2026-04-03', kind: 'public-holiday', name: 'Good Friday' });
  expect(closedReason(day(2026, 8, 10), DEFAULT_CALENDAR)?.name).toBe("National Women's Day (observed)");
});

test('a holiday on a Sunday is reported as the holiday rather than the weekend', () => {
  expect(closedReason(day(2026, 8, 9), DEFAULT_CALENDAR)?.kind).toBe('public-holiday');
});

test('a calendar that works on public holidays opens on them', () => {
  const calendar: BusinessCalendar = { ...DEFAULT_CALENDAR, workOnPublicHolidays: true };
  expect(closedReason(day(2026, 4, 3), calendar)).toBeNull();
});

test('a declared election day is a public holiday on the default calendar', () => {
  expect(closedReason(day(2024, 5, 29), DEFAULT_CALENDAR)).toEqual({ date: '2024-05-29', kind: 'public-holiday', name: 'National and provincial elections' });
});

test("extra closed dates, such as a new declaration or the provider's own shutdown, are closed", () => {
  const calendar: BusinessCalendar = { ...DEFAULT_CALENDAR, extraClosedDates: ['2026-12-28'] };
  expect(closedReason(day(2026, 12, 28), DEFAULT_CALENDAR)).toBeNull();
  expect(closedReason(day(2026, 12, 28), calendar)).toEqual({ date: '2026-12-28', kind: 'closed-date', name: null });
});

test('a weekday left out of the working days is a non-working day, not a weekend', () => {
  const calendar: BusinessCalendar = { ...DEFAULT_CALENDAR, workingDays: ['mon', 'tue', 'wed', 'thu'] };
  expect(closedReason(day(2026, 3, 6), calendar)?.kind).toBe('non-working-day');
});

test('the 24x7 calendar opens every day from midnight to midnight, holidays included', () => {
  const window = openWindow(day(2026, 12, 25), ALWAYS_OPEN_CALENDAR);
  expect(window && (window.to - window.from) / 60_000).toBe(1440);
  expect(minutesPerWorkingDay(ALWAYS_OPEN_CALENDAR)).toBe(1440);
});

test('working hours convert to minutes after midnight', () => {
  expect(clockMinutes('08:00')).toBe(480);
  expect(clockMinutes('17:30')).toBe(1050);
  expect(clockMinutes('24:00')).toBe(1440);
  expect(minutesPerWorkingDay(DEFAULT_CALENDAR)).toBe(480);
});

test('a badly written time of day is rejected with the value named', () => {
  expect(() => clockMinutes('9:00')).toThrow('"9:00" is not a time of day written as HH:mm');
  expect(() => clockMinutes('24:30')).toThrow(RangeError);
});

test('working hours that end before they start are rejected', () => {
  const calendar: BusinessCalendar = { ...DEFAULT_CALENDAR, hours: { start: '17:00', end: '09:00' } };
  expect(() => openWindow(day(2026, 3, 3), calendar)).toThrow('the working day must end after it starts');
});
