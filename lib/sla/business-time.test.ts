import { expect, test } from 'vitest';
import { addBusinessMinutes, businessMinutesBetween, isOpenAt, nextOpening } from './business-time';
import { ALWAYS_OPEN_CALENDAR, DEFAULT_CALENDAR } from './calendar';
import type { BusinessCalendar } from './schema';
import { formatLocalDateTime, requireLocalDateTime as at } from './time';

function plus(start: string, minutes: number, calendar: BusinessCalendar = DEFAULT_CALENDAR): string {
  return formatLocalDateTime(addBusinessMinutes(at(start), minutes, calendar));
}

test('the brief: one business hour from 16:30 is 09:30 the next working day', () => {
  expect(plus('2026-03-03T16:30', 60)).toBe('2026-03-04T09:30');
});

test('a target that ends exactly at closing time is due at closing time, not next morning', () => {
  expect(plus('2026-03-03T16:00', 60)).toBe('2026-03-03T17:00');
});

test('Friday afternoon carries over the weekend to Monday', () => {
  expect(plus('2026-03-06T16:30', 60)).toBe('2026-03-09T09:30');
});

test('the clock skips Good Friday, the weekend and Family Day', () => {
  expect(plus('2026-04-02T16:30', 60)).toBe('2026-04-07T09:30');
});

test("the clock skips a Sunday holiday's observed Monday", () => {
  expect(plus('2026-08-07T16:30', 60)).toBe('2026-08-11T09:30');
});

test('Christmas 2022 skips Monday Goodwill and the Tuesday declared a holiday', () => {
  expect(plus('2022-12-23T16:30', 60)).toBe('2022-12-28T09:30');
});

test('Christmas 2033 falls on a Sunday too, but no Tuesday is declared yet, so 27 December is a working day', () => {
  expect(plus('2033-12-23T16:30', 60)).toBe('2033-12-27T09:30');
});

test('zero minutes from a closed moment gives the next opening', () => {
  expect(plus('2026-03-03T18:00', 0)).toBe('2026-03-04T09:00');
});

test('an 08:00–17:00 calendar opens an hour earlier', () => {
  const calendar: BusinessCalendar = { ...DEFAULT_CALENDAR, hours: { start: '08:00', end: '17:00' } };
  expect(plus('2026-03-03T16:30', 60, calendar)).toBe('2026-03-04T08:30');
});

test('a 24x7 calendar counts nights, weekends and holidays', () => {
  expect(plus('2026-03-07T23:00', 240, ALWAYS_OPEN_CALENDAR)).toBe('2026-03-08T03:00');
  expect(plus('2026-12-24T23:30', 60, ALWAYS_OPEN_CALENDAR)).toBe('2026-12-25T00:30');
});

test('a calendar open on Saturdays counts Saturday', () => {
  const calendar: BusinessCalendar = { ...DEFAULT_CALENDAR, workingDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] };
  expect(plus('2026-03-06T16:30', 60, calendar)).toBe('2026-03-07T09:30');
});

test('business minutes between two instants skip nights and weekends', () => {
  expect(businessMinutesBetween(at('2026-03-03T16:30'), at('2026-03-04T09:30'))).toBe(60);
  expect(businessMinutesBetween(at('2026-03-06T16:00'), at('2026-03-09T10:00'))).toBe(120);
  expect(businessMinutesBetween(at('2022-12-23T09:00'), at('2022-12-28T17:00'))).toBe(960);
});

test('business minutes are negative when the second instant comes first, and zero for the same instant', () => {
  expect(businessMinutesBetween(at('2026-03-04T09:30'), at('2026-03-03T16:30'))).toBe(-60);
  expect(businessMinutesBetween(at('2026-03-04T09:30'), at('2026-03-04T09:30'))).toBe(0);
});

test('business minutes inside closed time only are zero', () => {
  expect(businessMinutesBetween(at('2026-03-07T09:00'), at('2026-03-08T17:00'))).toBe(0);
});

test('adding then measuring gives the same number of minutes back', () => {
  const start = at('2026-03-31T11:17');
  for (const minutes of [1, 59, 480, 481, 4320, 10_000]) {
    expect(businessMinutesBetween(start, addBusinessMinutes(start, minutes))).toBe(minutes);
  }
});

test('next opening is the instant itself while open, and the following opening while closed', () => {
  expect(formatLocalDateTime(nextOpening(at('2026-03-03T12:00')))).toBe('2026-03-03T12:00');
  expect(formatLocalDateTime(nextOpening(at('2026-03-03T09:00')))).toBe('2026-03-03T09:00');
  expect(formatLocalDateTime(nextOpening(at('2026-03-03T17:00')))).toBe('2026-03-04T09:00');
  expect(formatLocalDateTime(nextOpening(at('2026-03-07T10:00')))).toBe('2026-03-09T09:00');
});

test('opening time counts as open and closing time does not', () => {
  expect(isOpenAt(at('2026-03-03T09:00'))).toBe(true);
  expect(isOpenAt(at('2026-03-03T16:59'))).toBe(true);
  expect(isOpenAt(at('2026-03-03T17:00'))).toBe(false);
  expect(isOpenAt(at('2026-04-03T10:00'))).toBe(false);
});

test('negative or non-numeric minutes and invalid dates are rejected with clear messages', () => {
  expect(() => addBusinessMinutes(at('2026-03-03T09:00'), -5)).toThrow('minutes must be a number of zero or more, not -5');
  expect(() => addBusinessMinutes(at('2026-03-03T09:00'), Number.NaN)).toThrow(RangeError);
  expect(() => addBusinessMinutes(new Date('nonsense'), 5)).toThrow('the start must be a valid date and time');
});

test('a calendar with no working days is rejected instead of looping for ever', () => {
  const calendar: BusinessCalendar = { ...DEFAULT_CALENDAR, workingDays: [] };
  expect(() => addBusinessMinutes(at('2026-03-03T09:00'), 5, calendar)).toThrow('the business calendar never opens');
});
