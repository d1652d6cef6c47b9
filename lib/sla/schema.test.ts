import { expect, test } from 'vitest';
import type { z } from 'zod';
import { DEFAULT_CALENDAR } from './calendar';
import { DEFAULT_TARGETS } from './priority';
import { BusinessCalendarSchema, DueTimesInputSchema, LocalDateTimeSchema, PauseSchema, SlaTargetsSchema } from './schema';
import { requireLocalDateTime as at } from './time';

function messages(result: z.ZodSafeParseResult<unknown>): string[] {
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

test('an empty calendar config gives the brief’s Monday–Friday 09:00–17:00 calendar', () => {
  expect(BusinessCalendarSchema.parse({})).toEqual(DEFAULT_CALENDAR);
});

test('a 24x7 calendar with holidays worked is a valid config', () => {
  const parsed = BusinessCalendarSchema.parse({
    workingDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
    hours: { start: '00:00', end: '24:00' },
    workOnPublicHolidays: true,
  });
  expect(parsed.hours).toEqual({ start: '00:00', end: '24:00' });
});

test('calendar configs with mistakes are rejected, naming the field', () => {
  expect(messages(BusinessCalendarSchema.safeParse({ workingDays: ['monday'] }))).toEqual([
    'workingDays.0: must be a weekday code: mon, tue, wed, thu, fri, sat or sun',
  ]);
  expect(messages(BusinessCalendarSchema.safeParse({ workingDays: [] }))).toEqual(['workingDays: needs at least one working day']);
  expect(messages(BusinessCalendarSchema.safeParse({ workingDays: ['mon', 'mon'] }))).toEqual(['workingDays: must not list a day twice']);
  expect(messages(BusinessCalendarSchema.safeParse({ hours: { start: '17:00', end: '08:00' } }))).toEqual([
    'hours.end: the working day must end after it starts',
  ]);
  expect(messages(BusinessCalendarSchema.safeParse({ hours: { start: '8:00', end: '17:00' } }))).toEqual([
    'hours.start: must be a time of day written as HH:mm (00:00 to 24:00)',
  ]);
  expect(messages(BusinessCalendarSchema.safeParse({ extraClosedDates: ['2026-02-30'] }))).toEqual([
    'extraClosedDates.0: must be a real date written as YYYY-MM-DD',
  ]);
  expect(messages(BusinessCalendarSchema.safeParse({ openOnSundays: true }))).toHaveLength(1);
});

test('the default targets pass the targets schema', () => {
  expect(SlaTargetsSchema.parse(DEFAULT_TARGETS)).toEqual(DEFAULT_TARGETS);
});

test('targets with a response longer than the resolution, or part minutes, are rejected', () => {
  expect(messages(SlaTargetsSchema.safeParse({ ...DEFAULT_TARGETS, P2: { responseMinutes: 600, resolutionMinutes: 480 } }))).toEqual([
    'P2.responseMinutes: the response target must not be longer than the resolution target',
  ]);
  expect(messages(SlaTargetsSchema.safeParse({ ...DEFAULT_TARGETS, P1: { responseMinutes: 7.5, resolutionMinutes: 240 } }))).toEqual([
    'P1.responseMinutes: must be a whole number of minutes',
  ]);
  expect(messages(SlaTargetsSchema.safeParse({ ...DEFAULT_TARGETS, P4: { responseMinutes: 0, resolutionMinutes: 240 } }))).toEqual([
    'P4.responseMinutes: must be more than zero minutes',
  ]);
});

test('a pause needs a reason and must end after it starts', () => {
  const from = at('2026-03-03T10:00');
  const to = at('2026-03-03T11:00');
  expect(PauseSchema.safeParse({ from, to, reason: 'awaiting-customer' }).success).toBe(true);
  expect(messages(PauseSchema.safeParse({ from, to }))).toEqual(['reason: every pause needs a recorded reason']);
  expect(messages(PauseSchema.safeParse({ from, to, reason: 'lunch' }))).toEqual(['reason: every pause needs a recorded reason']);
  expect(messages(PauseSchema.safeParse({ from: to, to: from, reason: 'awaiting-supplier' }))).toEqual([
    'to: the pause must end after it starts',
  ]);
  expect(messages(PauseSchema.safeParse({ from, to: new Date(Number.NaN), reason: 'awaiting-supplier' }))).toEqual([
    'to: the pause end is not a valid date and time',
  ]);
});

test('ticket input fills in the default calendar and targets', () => {
  const parsed = DueTimesInputSchema.parse({ loggedAt: at('2026-03-03T16:30'), priority: 'P2' });
  expect(parsed).toMatchObject({ pauses: [], calendar: DEFAULT_CALENDAR, targets: DEFAULT_TARGETS });
});

test('ticket input rejects an unknown priority and a pause before logging', () => {
  expect(messages(DueTimesInputSchema.safeParse({ loggedAt: at('2026-03-03T16:30'), priority: 'P5' }))).toEqual([
    'priority: must be a priority: P1, P2, P3 or P4',
  ]);
  const early = { from: at('2026-03-03T09:00'), to: at('2026-03-03T10:00'), reason: 'awaiting-customer' };
  expect(messages(DueTimesInputSchema.safeParse({ loggedAt: at('2026-03-03T16:30'), priority: 'P2', pauses: [early] }))).toEqual([
    'pauses.0.from: a pause cannot start before the ticket was logged',
  ]);
});

test('the local date-time schema accepts only real moments', () => {
  expect(LocalDateTimeSchema.safeParse('2024-02-29T10:00').success).toBe(true);
  expect(messages(LocalDateTimeSchema.safeParse('2026-02-29T10:00'))).toEqual([
    ': must be a real local date and time written as YYYY-MM-DDTHH:mm',
  ]);
});

test('a missing target gives one message, not a follow-on comparison error', () => {
  expect(messages(SlaTargetsSchema.safeParse({ ...DEFAULT_TARGETS, P3: { resolutionMinutes: 240 } }))).toEqual([
    'P3.responseMinutes: must be a number of minutes',
  ]);
});
