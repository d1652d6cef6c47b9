import { expect, test } from 'vitest';
import { clockAnswer, onProviderCalendar } from '@/lib/quiz/clock-answer';
import { dateTimeQuestion, singleQuestion } from '@/lib/quiz/test-questions';
import { DEFAULT_CALENDAR } from '@/lib/sla/calendar';

const freedomDay = { logged: '2026-04-24T10:30', minutes: 480, pauses: [] };

test('the clock runs business minutes on the course calendar, skipping weekends and public holidays', () => {
  // Friday 6.5 hours, Monday 27 April is Freedom Day, the last 1.5 hours on Tuesday.
  expect(clockAnswer(freedomDay)).toBe('2026-04-28T10:30');
});

test('pauses stop the clock, however they overlap', () => {
  const pauses = [
    { from: '2026-03-10T11:30', to: '2026-03-10T13:00' },
    { from: '2026-03-10T12:30', to: '2026-03-10T14:00' },
  ];
  expect(clockAnswer({ logged: '2026-03-10T10:00', minutes: 480, pauses })).toBe('2026-03-11T12:30');
});

test("a provider's closed date moves the key, and the assessor's explanation says from what to what", () => {
  const question = { ...dateTimeQuestion(), answer: '2026-04-28T10:30', clock: freedomDay };
  const calendar = { ...DEFAULT_CALENDAR, extraClosedDates: ['2026-04-28'] };
  const marked = onProviderCalendar(question, calendar);
  expect(marked.answer).toBe('2026-04-29T10:30');
  expect(marked.explanation).toContain("On this provider's calendar, which is also closed on 2026-04-28, the key moves from 2026-04-28 10:30 to 2026-04-29 10:30.");
});

test('questions without clock facts, other types and calendars without extra dates are left as they are', () => {
  const question = { ...dateTimeQuestion(), answer: '2026-04-28T10:30', clock: freedomDay };
  expect(onProviderCalendar(question, DEFAULT_CALENDAR)).toBe(question);
  const closed = { ...DEFAULT_CALENDAR, extraClosedDates: ['2026-06-01'] };
  expect(onProviderCalendar(question, closed)).toBe(question);
  expect(onProviderCalendar(dateTimeQuestion(), closed)).toEqual(dateTimeQuestion());
  expect(onProviderCalendar(singleQuestion(), closed)).toEqual(singleQuestion());
});
