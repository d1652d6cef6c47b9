import { expect, test } from 'vitest';
import { formatLocalDateTime, localDateTimeToMinutes } from '@/lib/quiz/local-date-time';
import { LocalDateTimeSchema } from '@/lib/quiz/schema';

test('minutes are wall-clock minutes, so differences are elapsed minutes', () => {
  const start = localDateTimeToMinutes('2026-03-03T15:30');
  const due = localDateTimeToMinutes('2026-03-04T09:30');
  expect(start).not.toBeNull();
  expect(due !== null && start !== null ? due - start : null).toBe(18 * 60);
  expect(localDateTimeToMinutes('1970-01-01T00:01')).toBe(1);
});

test('a leap day exists in a leap year only', () => {
  expect(localDateTimeToMinutes('2028-02-29T08:00')).not.toBeNull();
  expect(localDateTimeToMinutes('2026-02-29T08:00')).toBeNull();
});

test('dates and times that do not exist are refused', () => {
  for (const value of ['2026-04-31T08:00', '2026-13-01T08:00', '2026-00-10T08:00', '2026-03-00T08:00', '2026-03-04T24:00', '2026-03-04T09:60']) {
    expect(localDateTimeToMinutes(value)).toBeNull();
  }
});

test('other ways of writing a date-time are refused', () => {
  for (const value of ['2026-03-04 09:30', '2026-03-04T09:30:00', '2026-03-04T09:30+02:00', '4/3/2026 09:30', '2026-3-4T9:30', '']) {
    expect(localDateTimeToMinutes(value)).toBeNull();
  }
});

test('years below 100 are not read as the 1900s', () => {
  const early = localDateTimeToMinutes('0026-03-04T09:30');
  const modern = localDateTimeToMinutes('1926-03-04T09:30');
  expect(early).not.toBeNull();
  expect(early).not.toBe(modern);
});

test('the schema accepts real local date-times and refuses the rest with one message', () => {
  expect(LocalDateTimeSchema.safeParse('2026-03-04T09:30').success).toBe(true);
  const refused = LocalDateTimeSchema.safeParse('2026-02-30T09:30');
  expect(refused.success).toBe(false);
  expect(refused.error?.issues.map((issue) => issue.message)).toEqual([
    'must be a real local date-time written as YYYY-MM-DDTHH:mm, such as 2026-03-04T09:30',
  ]);
});

test('a date-time is shown as a ticket shows it', () => {
  expect(formatLocalDateTime('2026-03-04T09:30')).toBe('2026-03-04 09:30');
});
