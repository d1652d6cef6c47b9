import { expect, test } from 'vitest';
import { attemptsClosedReason, enrolmentClosedReason, spelledDate } from '@/lib/settings/course-dates';
import { closedDatesNote, providerCalendar } from '@/lib/settings/provider-calendar';

const at = (sast: string) => new Date(`${sast}:00+02:00`);
const none = { lastEnrolmentDate: null, lastAchievementDate: null };

test('with no last dates set, enrolment and attempts stay open', () => {
  expect(enrolmentClosedReason(none, at('2040-01-01T12:00'))).toBeNull();
  expect(attemptsClosedReason(none, at('2040-01-01T12:00'))).toBeNull();
});

test('enrolment is open all through the last date and closed from the next day, in SAST', () => {
  const settings = { ...none, lastEnrolmentDate: '2026-06-30' };
  expect(enrolmentClosedReason(settings, at('2026-06-30T23:59'))).toBeNull();
  // 22:30 UTC on 30 June is already 1 July in South Africa.
  expect(enrolmentClosedReason(settings, new Date('2026-06-30T22:30:00Z'))).toBe(
    'Enrolment on this unit standard has closed. The last date for enrolment, set by SAQA and the QCTO, was 30 June 2026, so no new learner accounts can be created. Ask the training provider about a current qualification.',
  );
});

test('new attempts close after the last date for achievement, and the message names the date', () => {
  const settings = { ...none, lastAchievementDate: '2027-06-30' };
  expect(attemptsClosedReason(settings, at('2027-06-30T16:00'))).toBeNull();
  expect(attemptsClosedReason(settings, at('2027-07-01T08:00'))).toContain('was 30 June 2027');
  // The enrolment date does not close attempts, nor the other way round.
  expect(enrolmentClosedReason(settings, at('2030-01-01T08:00'))).toBeNull();
  expect(attemptsClosedReason({ ...none, lastEnrolmentDate: '2020-01-01' }, at('2030-01-01T08:00'))).toBeNull();
});

test('a stored date is spelled out as people read it', () => {
  expect(spelledDate('2023-06-30')).toBe('30 June 2023');
});

test("the provider's calendar adds its closed dates to the course calendar, and the learner is told them in words", () => {
  const settings = { closedDates: [{ date: '2026-11-04', name: 'Local government elections' }, { date: '2026-12-28', name: 'Year-end shutdown' }] };
  expect(providerCalendar(settings).extraClosedDates).toEqual(['2026-11-04', '2026-12-28']);
  expect(providerCalendar(settings).hours).toEqual({ start: '09:00', end: '17:00' });
  expect(closedDatesNote(settings)).toBe("Your training provider's desk is also closed on 4 November 2026 (Local government elections); 28 December 2026 (Year-end shutdown). Leave these days out too.");
  expect(closedDatesNote({ closedDates: [] })).toBeNull();
});
