import { addRunningTime, requireDate, runningTimeBetween } from './business-time';
import { DEFAULT_CALENDAR } from './calendar';
import { mergePauses } from './pauses';
import type { BusinessCalendar, Pause } from './schema';
import { MINUTE_MS } from './time';

/**
 * Is a ticket on track, at risk or breached? The thresholds are the share of the target already
 * used; the course's draft escalation matrix warns the team lead at 50% and the IT manager at 80%.
 */

export const ESCALATION_THRESHOLDS: readonly number[] = [0.5, 0.8];

export type BreachStatus = 'on-track' | 'at-risk' | 'breached';

export type BreachCheck = {
  status: BreachStatus;
  elapsedMinutes: number;
  /** Business minutes left before the target is missed; negative once breached. */
  minutesLeft: number;
  /** Share of the target used so far: 0.5 is half, above 1 is breached. */
  fractionElapsed: number;
  /** The thresholds already passed, e.g. [0.5] at 60%. */
  thresholdsReached: number[];
};

export type ClockCheck = {
  loggedAt: Date;
  targetMinutes: number;
  calendar?: BusinessCalendar;
  pauses?: readonly Pause[];
  /** Shares of the target, each above 0 and below 1; the lowest marks "at risk". */
  thresholds?: readonly number[];
};

function checkedThresholds(check: ClockCheck): number[] {
  if (!Number.isFinite(check.targetMinutes) || check.targetMinutes <= 0) {
    throw new RangeError(`the target must be more than zero minutes, not ${check.targetMinutes}`);
  }
  const thresholds = [...(check.thresholds ?? ESCALATION_THRESHOLDS)].sort((a, b) => a - b);
  if (thresholds.some((t) => !(t > 0 && t < 1))) {
    throw new RangeError('each threshold must be a share of the target between 0 and 1, such as 0.5 for 50%');
  }
  return thresholds;
}

/** Business minutes from `now` until `due`, skipping paused time; negative when overdue. */
export function timeLeft(now: Date, due: Date, calendar: BusinessCalendar = DEFAULT_CALENDAR, pauses: readonly Pause[] = []): number {
  const nowMs = requireDate(now, 'now');
  const dueMs = requireDate(due, 'the due time');
  const paused = mergePauses(pauses);
  if (dueMs >= nowMs) return runningTimeBetween(nowMs, dueMs, calendar, paused) / MINUTE_MS;
  return -runningTimeBetween(dueMs, nowMs, calendar, paused) / MINUTE_MS;
}

/** Where a ticket stands at `now` against one target (response or resolution). */
export function breachStatus(check: ClockCheck & { now: Date }): BreachCheck {
  const thresholds = checkedThresholds(check);
  const loggedMs = requireDate(check.loggedAt, 'the time the ticket was logged');
  const nowMs = requireDate(check.now, 'now');
  const calendar = check.calendar ?? DEFAULT_CALENDAR;
  const elapsedMinutes =
    nowMs <= loggedMs ? 0 : runningTimeBetween(loggedMs, nowMs, calendar, mergePauses(check.pauses ?? [])) / MINUTE_MS;
  const fractionElapsed = elapsedMinutes / check.targetMinutes;
  const thresholdsReached = thresholds.filter((t) => fractionElapsed >= t);
  let status: BreachStatus = 'on-track';
  if (elapsedMinutes > check.targetMinutes) status = 'breached';
  else if (thresholdsReached.length > 0) status = 'at-risk';
  return { status, elapsedMinutes, minutesLeft: check.targetMinutes - elapsedMinutes, fractionElapsed, thresholdsReached };
}

/** The instants at which each threshold is reached: when to escalate. */
export function escalationTimes(check: ClockCheck): { fraction: number; at: Date }[] {
  const thresholds = checkedThresholds(check);
  const loggedMs = requireDate(check.loggedAt, 'the time the ticket was logged');
  const paused = mergePauses(check.pauses ?? []);
  const calendar = check.calendar ?? DEFAULT_CALENDAR;
  return thresholds.map((fraction) => ({
    fraction,
    at: new Date(addRunningTime(loggedMs, Math.round(fraction * check.targetMinutes * MINUTE_MS), calendar, paused)),
  }));
}
