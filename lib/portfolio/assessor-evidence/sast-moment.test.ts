import { expect, test } from 'vitest';
import { parseSastMoment } from '@/lib/portfolio/assessor-evidence/sast-moment';

const NOW = new Date('2026-03-02T12:00:00Z'); // 14:00 SAST

test('a date and 24-hour time are read as South African time', () => {
  expect(parseSastMoment('2026-03-02', '09:30', NOW)).toEqual({ ok: true, at: new Date('2026-03-02T07:30:00Z') });
});

test('the present minute is accepted and a minute later is refused as still to come', () => {
  expect(parseSastMoment('2026-03-02', '14:00', NOW).ok).toBe(true);
  expect(parseSastMoment('2026-03-02', '14:01', NOW)).toEqual({ ok: false, fieldErrors: { date: 'That date and time is still to come: record what has already happened.' } });
});

test('each malformed part is named: the date format, the time format, a day that does not exist and an hour past 23', () => {
  expect(parseSastMoment('2/3/2026', '9:30', NOW)).toEqual({
    ok: false,
    fieldErrors: { date: 'Enter the date as YYYY-MM-DD, for example 2026-03-02.', time: 'Enter the time on the 24-hour clock as HH:mm, for example 14:30.' },
  });
  expect(parseSastMoment('2026-02-30', '09:30', NOW)).toEqual({ ok: false, fieldErrors: { date: '2026-02-30 is not a real date.' } });
  expect(parseSastMoment('2026-03-01', '24:10', NOW)).toEqual({ ok: false, fieldErrors: { time: '24:10 is not a time on the 24-hour clock: hours go to 23 and minutes to 59.' } });
});
