import { expect, test } from 'vitest';
import { clockAnswer, onProviderCalendar, runsOnSlaClock } from '@/lib/quiz/clock-answer';
import { dateTimeQuestion, singleQuestion } from '@/lib/quiz/test-questions';
import { ticketQuestion } from '@/lib/quiz/test-ticket-question';
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

test("a provider's closed date moves a ticket's due times, and the assessor's explanation says where to", () => {
  const ticket = ticketQuestion();
  // The course key: response 16:40 on Thursday 30 April, resolution 15:40 on Monday 4 May.
  const marked = onProviderCalendar(ticket, { ...DEFAULT_CALENDAR, extraClosedDates: ['2026-05-04'] });
  expect(marked.type === 'ticket' && [marked.log.responseDue?.answer, marked.log.resolutionDue?.answer]).toEqual(['2026-04-30T16:40', '2026-05-05T15:40']);
  expect(marked.explanation).toContain("On this provider's calendar, which is also closed on 2026-05-04, the response is due at 2026-04-30 16:40 and the resolution at 2026-05-05 15:40.");
  expect(ticket.log.resolutionDue?.answer).toBe('2026-05-04T15:40');
});

test('a ticket is left as it is when the provider closes on no day its clock runs, or it asks for no due times', () => {
  const ticket = ticketQuestion();
  expect(onProviderCalendar(ticket, { ...DEFAULT_CALENDAR, extraClosedDates: ['2026-06-01'] })).toBe(ticket);
  const noDue = ticketQuestion();
  noDue.log.responseDue = undefined;
  noDue.log.resolutionDue = undefined;
  expect(onProviderCalendar(noDue, { ...DEFAULT_CALENDAR, extraClosedDates: ['2026-05-04'] })).toBe(noDue);
  expect([runsOnSlaClock(ticket), runsOnSlaClock(noDue), runsOnSlaClock(singleQuestion())]).toEqual([true, false, false]);
});
