import { addRunningTime, requireDate, runningTimeBetween } from './business-time';
import { DEFAULT_CALENDAR } from './calendar';
import { mergePauses, pauseProblem } from './pauses';
import { DEFAULT_TARGETS, type Priority } from './priority';
import type { DueTimesInput } from './schema';
import { MINUTE_MS } from './time';

/** A ticket's clock settings; pauses, calendar and targets may be left out for the brief's defaults. */
export type TicketClock = Pick<DueTimesInput, 'loggedAt' | 'priority'> &
  Partial<Pick<DueTimesInput, 'pauses' | 'calendar' | 'targets'>>;

export type DueTimes = {
  priority: Priority;
  responseMinutes: number;
  resolutionMinutes: number;
  /** When the clock first runs: the logging time, or the next opening if logged while closed. */
  clockStartsAt: Date;
  responseDue: Date;
  resolutionDue: Date;
  /** Business minutes inside pauses (overlaps counted once); closed time in a pause is not counted. */
  pausedMinutes: number;
};

/** Rejects a pause with no reason, an end before its start, or a start before logging. */
export function assertValidPauses(ticket: Pick<TicketClock, 'loggedAt' | 'pauses'>): void {
  (ticket.pauses ?? []).forEach((pause, index) => {
    const problem = pauseProblem(pause, ticket.loggedAt);
    if (problem) throw new RangeError(`pause ${index + 1}: ${problem}`);
  });
}

/** Response and resolution due instants for a ticket, in business time with pauses stopping the clock. */
export function dueTimes(ticket: TicketClock): DueTimes {
  const loggedMs = requireDate(ticket.loggedAt, 'the time the ticket was logged');
  assertValidPauses(ticket);
  const calendar = ticket.calendar ?? DEFAULT_CALENDAR;
  const target = (ticket.targets ?? DEFAULT_TARGETS)[ticket.priority];
  if (!target) throw new RangeError(`unknown priority "${ticket.priority}": use P1, P2, P3 or P4`);
  const paused = mergePauses(ticket.pauses ?? []);

  const responseDue = addRunningTime(loggedMs, target.responseMinutes * MINUTE_MS, calendar, paused);
  const resolutionDue = addRunningTime(loggedMs, target.resolutionMinutes * MINUTE_MS, calendar, paused);
  const pausedMs = paused.reduce((sum, span) => sum + runningTimeBetween(span.from, span.to, calendar), 0);

  return {
    priority: ticket.priority,
    responseMinutes: target.responseMinutes,
    resolutionMinutes: target.resolutionMinutes,
    clockStartsAt: new Date(addRunningTime(loggedMs, 0, calendar, paused)),
    responseDue: new Date(responseDue),
    resolutionDue: new Date(resolutionDue),
    pausedMinutes: pausedMs / MINUTE_MS,
  };
}
