import { expect, test } from 'vitest';
import { formatLocalDateTime, formatReadable } from '@/lib/sla/time';
import { asCalendarChoice, asPriority, type ClockForm, DEFAULT_FORM, evaluateClockForm, newPauseRow, parseProviderClosedDates } from './clock-explorer-model';

function form(patch: Partial<ClockForm>): ClockForm {
  return { ...DEFAULT_FORM, ...patch };
}

test('the default form is the brief’s P2 at 16:30, due 09:30 the next working day', () => {
  const { view, loggedError } = evaluateClockForm(DEFAULT_FORM);
  expect(loggedError).toBeNull();
  expect(view && formatReadable(view.due.responseDue)).toBe('Wed 4 Mar 2026, 09:30');
  expect(view && formatReadable(view.due.resolutionDue)).toBe('Wed 4 Mar 2026, 16:30');
});

test('the timeline covers whole days from logging to the resolution day', () => {
  const view = evaluateClockForm(DEFAULT_FORM).view;
  expect(view && [formatLocalDateTime(view.range.from), formatLocalDateTime(view.range.to)]).toEqual(['2026-03-03T00:00', '2026-03-05T00:00']);
  expect(view?.ticks.map((t) => t.label)).toEqual(['Tue 3', 'Wed 4']);
});

test('a long P4 timeline labels at most six or seven days', () => {
  const view = evaluateClockForm(form({ priority: 'P4' })).view;
  expect(view?.ticks.length).toBeLessThanOrEqual(7);
  expect(view?.closedDays.map((d) => d.kind)).toEqual(['weekend', 'weekend', 'weekend', 'weekend']);
});

test('a ticket before Easter lists Good Friday and Family Day among the skipped days', () => {
  const view = evaluateClockForm(form({ logged: '2026-04-02T16:30' })).view;
  expect(view?.closedDays.map((d) => d.name ?? d.kind)).toEqual(['Good Friday', 'weekend', 'weekend', 'Family Day']);
});

test('the 24x7 choice runs the clock through the night', () => {
  const view = evaluateClockForm(form({ hours: 'always' })).view;
  expect(view && formatReadable(view.due.responseDue)).toBe('Tue 3 Mar 2026, 17:30');
});

test('the 08:00 choice opens an hour earlier', () => {
  const view = evaluateClockForm(form({ hours: 'early' })).view;
  expect(view && formatReadable(view.due.responseDue)).toBe('Wed 4 Mar 2026, 08:30');
});

test('an empty or out-of-range logging time gives an error and no result', () => {
  for (const logged of ['', '1990-05-01T10:00', '2026-02-30T10:00']) {
    const result = evaluateClockForm(form({ logged }));
    expect(result.loggedError).toBe('Enter a date and time between 1995 and 2100.');
    expect(result.view).toBeNull();
  }
});

test('a pause that ends before it starts is flagged on its end field', () => {
  const pauses = [{ id: 4, from: '2026-03-04T11:00', to: '2026-03-04T10:00', reason: 'awaiting-customer' as const }];
  const result = evaluateClockForm(form({ pauses }));
  expect(result.pauseErrors).toEqual({ 4: { field: 'to', message: 'The pause must end after it starts.' } });
  expect(result.view).toBeNull();
});

test('a pause before the ticket was logged is flagged on its start field', () => {
  const pauses = [{ id: 2, from: '2026-03-03T10:00', to: '2026-03-03T17:00', reason: 'awaiting-supplier' as const }];
  expect(evaluateClockForm(form({ pauses })).pauseErrors[2]).toEqual({
    field: 'from',
    message: 'A pause cannot start before the ticket was logged.',
  });
});

test('a half-filled pause is flagged, not crashed on', () => {
  const pauses = [{ id: 1, from: '2026-03-03T17:00', to: '', reason: 'awaiting-customer' as const }];
  expect(evaluateClockForm(form({ pauses })).pauseErrors[1]).toEqual({ field: 'to', message: 'The pause end is not a valid date and time.' });
});

test('a valid pause overnight moves the due times and is shown on the timeline', () => {
  const pauses = [{ id: 1, from: '2026-03-03T16:45', to: '2026-03-04T09:15', reason: 'awaiting-customer' as const }];
  const view = evaluateClockForm(form({ pauses })).view;
  expect(view && formatReadable(view.due.responseDue)).toBe('Wed 4 Mar 2026, 10:00');
  expect(view?.segments.filter((s) => s.kind === 'paused')).toHaveLength(2);
});

test('a new pause row starts 15 minutes after logging and lasts two hours', () => {
  expect(newPauseRow(3, '2026-03-03T16:30')).toEqual({ id: 3, from: '2026-03-03T16:45', to: '2026-03-03T18:45', reason: 'awaiting-customer' });
  expect(newPauseRow(1, '')).toEqual({ id: 1, from: '', to: '', reason: 'awaiting-customer' });
});

test('select values are narrowed to known priorities and calendars', () => {
  expect(asPriority('P3')).toBe('P3');
  expect(asPriority('P9')).toBeNull();
  expect(asCalendarChoice('always')).toBe('always');
  expect(asCalendarChoice('sometimes')).toBeNull();
});

test("the provider's closed dates from /api/calendar close the clock and are named in the skipped days", () => {
  const closed = parseProviderClosedDates({ closedDates: [{ date: '2026-03-04', name: 'Year-end shutdown' }] });
  const view = evaluateClockForm(DEFAULT_FORM, closed).view;
  // Logged Tuesday 16:30: the P2 response moves past the closed Wednesday to Thursday.
  expect(view && formatReadable(view.due.responseDue)).toBe('Thu 5 Mar 2026, 09:30');
  expect(view?.closedDays).toEqual([{ date: '2026-03-04', kind: 'closed-date', name: 'Year-end shutdown' }]);
  // Round the clock never closes.
  expect(evaluateClockForm(form({ hours: 'always' }), closed).view?.closedDays).toEqual([]);
});

test('anything unexpected from /api/calendar is dropped rather than trusted', () => {
  expect(parseProviderClosedDates(null)).toEqual([]);
  expect(parseProviderClosedDates({ closedDates: 'soon' })).toEqual([]);
  expect(parseProviderClosedDates({ closedDates: [{ date: '4 March', name: 'x' }, { date: '2026-03-04' }, { date: '2026-03-05', name: 'Shutdown' }] })).toEqual([{ date: '2026-03-05', name: 'Shutdown' }]);
});
