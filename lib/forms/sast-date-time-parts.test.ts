import { expect, test } from 'vitest';
import {
  combineParts,
  dateProblem,
  hourProblem,
  minuteProblem,
  normaliseDate,
  postedTime,
  splitLocalDateTime,
  tidyParts,
} from '@/lib/forms/sast-date-time-parts';
import { localDateTimeToMinutes } from '@/lib/quiz/local-date-time';
import { parseLocalDateTime } from '@/lib/sla/time';

test('complete parts combine into the "YYYY-MM-DDTHH:mm" value the quiz and the SLA tools parse', () => {
  const value = combineParts({ date: '2026-03-04', hour: '14', minute: '30' });
  expect(value).toBe('2026-03-04T14:30');
  expect(localDateTimeToMinutes(value)).not.toBeNull();
  expect(parseLocalDateTime(value)?.toISOString()).toBe('2026-03-04T12:30:00.000Z');
});

test('a value splits into its parts and combines back unchanged, seconds dropped', () => {
  for (const value of ['2026-03-04T14:30', '2026-12-31T23:59', '2026-01-01T00:00']) {
    expect(combineParts(splitLocalDateTime(value))).toBe(value);
  }
  expect(splitLocalDateTime('2026-04-28T11:00:00')).toEqual({ date: '2026-04-28', hour: '11', minute: '00' });
  expect(splitLocalDateTime('')).toEqual({ date: '', hour: '', minute: '' });
});

test('a missing or wrong part gives the empty value, as an unfinished datetime-local did', () => {
  expect(combineParts({ date: '2026-03-04', hour: '14', minute: '' })).toBe('');
  expect(combineParts({ date: '', hour: '14', minute: '30' })).toBe('');
  expect(combineParts({ date: '2026-02-30', hour: '14', minute: '30' })).toBe('');
  expect(combineParts({ date: '2026-03-04', hour: '24', minute: '00' })).toBe('');
  expect(combineParts({ date: '2026-03-04', hour: '23', minute: '60' })).toBe('');
});

test('single digits and other separators are read, and tidied to the canonical form', () => {
  expect(combineParts({ date: '2026/3/4', hour: '9', minute: '5' })).toBe('2026-03-04T09:05');
  expect(normaliseDate('20260304')).toBe('2026-03-04');
  expect(normaliseDate(' 2026.03.04 ')).toBe('2026-03-04');
  expect(tidyParts({ date: '2026-3-4', hour: '7', minute: '0' })).toEqual({ date: '2026-03-04', hour: '07', minute: '00' });
  expect(tidyParts({ date: '4 March', hour: '25', minute: 'x' })).toEqual({ date: '4 March', hour: '25', minute: 'x' });
});

test('each part says what is wrong with it, and nothing while it is empty or right', () => {
  expect(dateProblem('')).toBeNull();
  expect(dateProblem('2028-02-29')).toBeNull();
  expect(dateProblem('2026-02-30')).toBe('2026-02-30 is not a real date: check the month and the day.');
  expect(dateProblem('2026-13-01')).toBe('2026-13-01 is not a real date: check the month and the day.');
  expect(dateProblem('04/03/2026')).toBe('Write the date as YYYY-MM-DD, for example 2026-03-04.');
  expect(hourProblem('23')).toBeNull();
  expect(hourProblem('24')).toBe('24 is not an hour on the 24-hour clock: hours go from 00 to 23.');
  expect(minuteProblem('59')).toBeNull();
  expect(minuteProblem('60')).toBe('Write the minutes as a number from 00 to 59.');
});

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.set(name, value);
  return data;
}

test('a posted hour and minute reach the server as one "HH:mm" time, wrong text kept for its schema to explain', () => {
  expect(postedTime(form({ 'time.hour': '9', 'time.minute': '30' }), 'time')).toBe('09:30');
  expect(postedTime(form({ 'time.hour': '', 'time.minute': '' }), 'time')).toBe('');
  expect(postedTime(form({ 'time.hour': '24', 'time.minute': '' }), 'time')).toBe('24:');
  expect(postedTime(form({ time: '14:30' }), 'time')).toBe('14:30');
});
