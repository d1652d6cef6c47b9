import { expect, test } from 'vitest';
import { breachStatus, escalationTimes, timeLeft } from './breach';
import type { Pause } from './schema';
import { formatLocalDateTime, requireLocalDateTime as at } from './time';

// A P2 resolution target: 8 business hours from Tuesday 09:00.
const ticket = { loggedAt: at('2026-03-03T09:00'), targetMinutes: 480 };

test('a quarter of the way in, the ticket is on track', () => {
  expect(breachStatus({ ...ticket, now: at('2026-03-03T11:00') })).toEqual({
    status: 'on-track',
    elapsedMinutes: 120,
    minutesLeft: 360,
    fractionElapsed: 0.25,
    thresholdsReached: [],
  });
});

test('at half the target the ticket is at risk and the first escalation is due', () => {
  const check = breachStatus({ ...ticket, now: at('2026-03-03T13:00') });
  expect(check.status).toBe('at-risk');
  expect(check.thresholdsReached).toEqual([0.5]);
});

test('past 80% both escalation thresholds are reached', () => {
  const check = breachStatus({ ...ticket, now: at('2026-03-03T15:30') });
  expect(check).toMatchObject({ status: 'at-risk', elapsedMinutes: 390, minutesLeft: 90 });
  expect(check.thresholdsReached).toEqual([0.5, 0.8]);
});

test('at the due moment itself the target is met, not breached', () => {
  expect(breachStatus({ ...ticket, now: at('2026-03-03T17:00') })).toMatchObject({ status: 'at-risk', minutesLeft: 0 });
});

test('closed time after the due moment does not breach the target; the next business minute does', () => {
  expect(breachStatus({ ...ticket, now: at('2026-03-03T22:00') }).status).toBe('at-risk');
  expect(breachStatus({ ...ticket, now: at('2026-03-04T09:30') })).toMatchObject({ status: 'breached', minutesLeft: -30 });
});

test('paused time does not count towards the target', () => {
  const pauses: Pause[] = [{ from: at('2026-03-03T10:00'), to: at('2026-03-03T14:00'), reason: 'awaiting-customer' }];
  expect(breachStatus({ ...ticket, pauses, now: at('2026-03-03T15:00') })).toMatchObject({ status: 'on-track', elapsedMinutes: 120 });
});

test('custom thresholds change when the ticket turns at risk', () => {
  const check = breachStatus({ ...ticket, thresholds: [0.75], now: at('2026-03-03T13:00') });
  expect(check.status).toBe('on-track');
});

test('a check before the ticket was logged shows nothing elapsed', () => {
  expect(breachStatus({ ...ticket, now: at('2026-03-02T13:00') }).elapsedMinutes).toBe(0);
});

test('escalation moments fall at 50% and 80% of the business time', () => {
  const times = escalationTimes({ loggedAt: at('2026-03-03T16:30'), targetMinutes: 480 });
  expect(times.map((t) => [t.fraction, formatLocalDateTime(t.at)])).toEqual([
    [0.5, '2026-03-04T12:30'],
    [0.8, '2026-03-04T14:54'],
  ]);
});

test('time left skips the night and turns negative once overdue', () => {
  expect(timeLeft(at('2026-03-03T16:45'), at('2026-03-04T09:30'))).toBe(45);
  expect(timeLeft(at('2026-03-04T10:00'), at('2026-03-04T09:30'))).toBe(-30);
});

test('time left skips paused time', () => {
  const pauses: Pause[] = [{ from: at('2026-03-04T09:00'), to: at('2026-03-04T09:15'), reason: 'awaiting-supplier' }];
  expect(timeLeft(at('2026-03-03T16:45'), at('2026-03-04T09:30'), undefined, pauses)).toBe(30);
});

test('a target of zero minutes or a threshold outside 0–1 is rejected', () => {
  expect(() => breachStatus({ ...ticket, targetMinutes: 0, now: at('2026-03-03T10:00') })).toThrow(
    'the target must be more than zero minutes, not 0',
  );
  expect(() => escalationTimes({ ...ticket, thresholds: [50] })).toThrow('each threshold must be a share of the target between 0 and 1');
});
