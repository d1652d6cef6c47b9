import { expect, test } from 'vitest';
import { ALWAYS_OPEN_CALENDAR, DEFAULT_CALENDAR } from './calendar';
import { type TicketClock, dueTimes } from './due-times';
import type { Pause } from './schema';
import { formatLocalDateTime, requireLocalDateTime as at } from './time';

function due(ticket: TicketClock): [string, string] {
  const result = dueTimes(ticket);
  return [formatLocalDateTime(result.responseDue), formatLocalDateTime(result.resolutionDue)];
}

function pause(from: string, to: string, reason: Pause['reason'] = 'awaiting-customer'): Pause {
  return { from: at(from), to: at(to), reason };
}

test('the brief: a P2 logged at 16:30 is due a response at 09:30 the next working day', () => {
  expect(due({ loggedAt: at('2026-03-03T16:30'), priority: 'P2' })).toEqual(['2026-03-04T09:30', '2026-03-04T16:30']);
});

test('the result carries the targets used and when the clock started', () => {
  const result = dueTimes({ loggedAt: at('2026-03-03T16:30'), priority: 'P2' });
  expect(result).toMatchObject({ priority: 'P2', responseMinutes: 60, resolutionMinutes: 480, pausedMinutes: 0 });
  expect(formatLocalDateTime(result.clockStartsAt)).toBe('2026-03-03T16:30');
});

test('a P1 logged before opening starts counting at 09:00', () => {
  const result = dueTimes({ loggedAt: at('2026-03-03T07:15'), priority: 'P1' });
  expect(formatLocalDateTime(result.clockStartsAt)).toBe('2026-03-03T09:00');
  expect(formatLocalDateTime(result.responseDue)).toBe('2026-03-03T09:15');
  expect(formatLocalDateTime(result.resolutionDue)).toBe('2026-03-03T13:00');
});

test('a P2 logged after closing starts counting the next morning', () => {
  expect(due({ loggedAt: at('2026-03-03T18:00'), priority: 'P2' })).toEqual(['2026-03-04T10:00', '2026-03-04T17:00']);
});

test('a P3 logged on a Saturday starts counting on Monday', () => {
  expect(due({ loggedAt: at('2026-03-07T11:00'), priority: 'P3' })).toEqual(['2026-03-09T13:00', '2026-03-11T17:00']);
});

test('a P2 logged on Freedom Day starts counting the next working day', () => {
  expect(due({ loggedAt: at('2026-04-27T10:00'), priority: 'P2' })).toEqual(['2026-04-28T10:00', '2026-04-28T17:00']);
});

test('a P2 logged on the Thursday before Easter skips Good Friday to Family Day', () => {
  expect(due({ loggedAt: at('2026-04-02T16:30'), priority: 'P2' })).toEqual(['2026-04-07T09:30', '2026-04-07T16:30']);
});

test("a P2 logged on the Friday before Women's Day 2026 skips the observed Monday", () => {
  expect(due({ loggedAt: at('2026-08-07T16:30'), priority: 'P2' })).toEqual(['2026-08-11T09:30', '2026-08-11T16:30']);
});

test('a P4 resolution of 72 business hours takes nine full working days', () => {
  expect(due({ loggedAt: at('2026-03-02T09:00'), priority: 'P4' })[1]).toBe('2026-03-12T17:00');
  expect(due({ loggedAt: at('2026-03-03T16:30'), priority: 'P4' })).toEqual(['2026-03-04T16:30', '2026-03-16T16:30']);
});

test('a P4 resolution across Easter loses Good Friday and Family Day', () => {
  expect(due({ loggedAt: at('2026-04-01T09:00'), priority: 'P4' })[1]).toBe('2026-04-15T17:00');
});

test('a 24x7 SLA runs through the night and the holidays', () => {
  expect(due({ loggedAt: at('2026-12-24T22:00'), priority: 'P1', calendar: ALWAYS_OPEN_CALENDAR })).toEqual([
    '2026-12-24T22:15',
    '2026-12-25T02:00',
  ]);
});

test('an SLA may define its own targets', () => {
  const targets = {
    P1: { responseMinutes: 15, resolutionMinutes: 120 },
    P2: { responseMinutes: 30, resolutionMinutes: 240 },
    P3: { responseMinutes: 240, resolutionMinutes: 3 * 480 },
    P4: { responseMinutes: 480, resolutionMinutes: 5 * 480 },
  };
  expect(due({ loggedAt: at('2026-03-03T16:30'), priority: 'P2', targets })).toEqual(['2026-03-03T17:00', '2026-03-04T12:30']);
});

test('a pause spanning the night stops the clock only for its business minutes', () => {
  const result = dueTimes({
    loggedAt: at('2026-03-03T16:30'),
    priority: 'P2',
    pauses: [pause('2026-03-03T16:45', '2026-03-04T09:15')],
  });
  expect(formatLocalDateTime(result.responseDue)).toBe('2026-03-04T10:00');
  expect(formatLocalDateTime(result.resolutionDue)).toBe('2026-03-04T17:00');
  expect(result.pausedMinutes).toBe(30);
});

test('a pause over a weekend counts Friday afternoon and Monday morning only', () => {
  const result = dueTimes({
    loggedAt: at('2026-03-06T14:00'),
    priority: 'P3',
    pauses: [pause('2026-03-06T15:00', '2026-03-09T10:00', 'awaiting-supplier')],
  });
  expect(formatLocalDateTime(result.responseDue)).toBe('2026-03-09T13:00');
  expect(result.pausedMinutes).toBe(180);
});

test('overlapping pauses are not counted twice', () => {
  const result = dueTimes({
    loggedAt: at('2026-03-04T09:00'),
    priority: 'P2',
    pauses: [pause('2026-03-04T10:00', '2026-03-04T12:00'), pause('2026-03-04T11:00', '2026-03-04T13:00', 'awaiting-supplier')],
  });
  expect(result.pausedMinutes).toBe(180);
  expect(formatLocalDateTime(result.resolutionDue)).toBe('2026-03-05T12:00');
});

test('a pause wholly inside another changes nothing more', () => {
  const outer = [pause('2026-03-04T10:00', '2026-03-04T14:00')];
  const both = [...outer, pause('2026-03-04T11:00', '2026-03-04T12:00', 'awaiting-supplier')];
  const ticket = { loggedAt: at('2026-03-04T09:00'), priority: 'P2' as const };
  expect(dueTimes({ ...ticket, pauses: both })).toEqual(dueTimes({ ...ticket, pauses: outer }));
});

test('a pause outside working hours has no effect', () => {
  const result = dueTimes({ loggedAt: at('2026-03-03T16:30'), priority: 'P2', pauses: [pause('2026-03-03T18:00', '2026-03-03T20:00')] });
  expect(result.pausedMinutes).toBe(0);
  expect(formatLocalDateTime(result.responseDue)).toBe('2026-03-04T09:30');
});

test('a pause after the response was due moves only the resolution', () => {
  const [response, resolution] = due({
    loggedAt: at('2026-03-04T09:00'),
    priority: 'P2',
    pauses: [pause('2026-03-04T11:00', '2026-03-04T12:00')],
  });
  expect([response, resolution]).toEqual(['2026-03-04T10:00', '2026-03-05T10:00']);
});

test('a pause that ends before it starts is rejected', () => {
  expect(() =>
    dueTimes({ loggedAt: at('2026-03-03T09:00'), priority: 'P2', pauses: [pause('2026-03-03T12:00', '2026-03-03T11:00')] }),
  ).toThrow('pause 1: the pause must end after it starts');
});

test('a pause without a reason is rejected', () => {
  const noReason = pause('2026-03-03T10:00', '2026-03-03T11:00');
  // Data from outside the type system (a form, a file) can arrive without a reason.
  Reflect.deleteProperty(noReason, 'reason');
  expect(() => dueTimes({ loggedAt: at('2026-03-03T09:00'), priority: 'P2', pauses: [noReason] })).toThrow(
    'pause 1: every pause needs a recorded reason',
  );
});

test('a pause starting before the ticket was logged is rejected', () => {
  expect(() =>
    dueTimes({ loggedAt: at('2026-03-03T12:00'), priority: 'P2', pauses: [pause('2026-03-03T10:00', '2026-03-03T13:00')] }),
  ).toThrow('pause 1: a pause cannot start before the ticket was logged');
});

test('an invalid logging time is rejected', () => {
  expect(() => dueTimes({ loggedAt: new Date(Number.NaN), priority: 'P2', calendar: DEFAULT_CALENDAR })).toThrow(
    'the time the ticket was logged must be a valid date and time',
  );
});
