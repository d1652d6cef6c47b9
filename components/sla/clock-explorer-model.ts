import { ALWAYS_OPEN_CALENDAR, type ClosedDay, DEFAULT_CALENDAR } from '@/lib/sla/calendar';
import { type DueTimes, dueTimes } from '@/lib/sla/due-times';
import { PAUSE_MESSAGES, type PauseReason, pauseProblem } from '@/lib/sla/pauses';
import { PRIORITIES, type Priority } from '@/lib/sla/priority';
import type { BusinessCalendar, Pause } from '@/lib/sla/schema';
import {
  dayStartMs,
  formatLocalDateTime,
  formatReadableDate,
  localDayNumber,
  MINUTE_MS,
  parseLocalDateTime,
} from '@/lib/sla/time';
import { closedDaysBetween, type TimelineSegment, timelineSegments } from '@/lib/sla/timeline';

/** The SLA clock explorer's form state and what it shows, kept free of React so it can be tested. */

export type PauseRow = { id: number; from: string; to: string; reason: PauseReason };
const CALENDAR_CHOICE_KEYS = ['office', 'early', 'always'] as const;
export type CalendarChoice = (typeof CALENDAR_CHOICE_KEYS)[number];

export const CALENDAR_CHOICES: Readonly<Record<CalendarChoice, { label: string; calendar: BusinessCalendar }>> = {
  office: { label: 'Mon–Fri 09:00–17:00, closed on public holidays', calendar: DEFAULT_CALENDAR },
  early: {
    label: 'Mon–Fri 08:00–17:00, closed on public holidays',
    calendar: { ...DEFAULT_CALENDAR, hours: { start: '08:00', end: '17:00' } },
  },
  always: { label: '24 hours a day, 7 days a week, holidays included', calendar: ALWAYS_OPEN_CALENDAR },
};

export type ClockForm = { logged: string; priority: Priority; hours: CalendarChoice; pauses: PauseRow[] };
export type PauseError = { field: 'from' | 'to'; message: string };

export type Tick = { at: Date; label: string };

export type ClockView = {
  due: DueTimes;
  loggedAt: Date;
  pauses: Pause[];
  range: { from: Date; to: Date };
  segments: TimelineSegment[];
  closedDays: ClosedDay[];
  ticks: Tick[];
};

export type ClockEvaluation = {
  loggedError: string | null;
  pauseErrors: Record<number, PauseError>;
  view: ClockView | null;
};

export const FIRST_YEAR = 1995;
export const LAST_YEAR = 2100;

/** A weekday at 16:30: the brief's example ticket. */
export const DEFAULT_FORM: ClockForm = { logged: '2026-03-03T16:30', priority: 'P2', hours: 'office', pauses: [] };

function sentence(message: string): string {
  return `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
}

function parseYearBound(text: string): Date | null {
  const instant = parseLocalDateTime(text);
  const year = Number(text.slice(0, 4));
  return instant && year >= FIRST_YEAR && year <= LAST_YEAR ? instant : null;
}

// Short labels ("Tue 3"), at most six of them, so they fit side by side on a phone screen.
function dayTicks(firstDay: number, lastDay: number): Tick[] {
  const step = Math.max(1, Math.ceil((lastDay - firstDay) / 6));
  const ticks: Tick[] = [];
  for (let day = firstDay; day < lastDay; day += step) {
    ticks.push({ at: new Date(dayStartMs(day)), label: formatReadableDate(day).split(' ').slice(0, 2).join(' ') });
  }
  return ticks;
}

/** A day the training provider's desk is closed, on top of the public holidays. */
export type ProviderClosedDate = { date: string; name: string };

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The provider's closed dates from `/api/calendar`; anything unexpected is dropped, never trusted. */
export function parseProviderClosedDates(json: unknown): ProviderClosedDate[] {
  const list = json && typeof json === 'object' && 'closedDates' in json ? json.closedDates : null;
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown) => {
    if (!entry || typeof entry !== 'object' || !('date' in entry) || !('name' in entry)) return [];
    const { date, name } = entry;
    return typeof date === 'string' && LOCAL_DATE.test(date) && typeof name === 'string' ? [{ date, name }] : [];
  });
}

/** The chosen calendar with the provider's closed dates, except round the clock, which never closes. */
export function calendarFor(choice: CalendarChoice, providerClosed: readonly ProviderClosedDate[] = []): BusinessCalendar {
  const { calendar } = CALENDAR_CHOICES[choice];
  if (choice === 'always' || providerClosed.length === 0) return calendar;
  return { ...calendar, extraClosedDates: [...calendar.extraClosedDates, ...providerClosed.map((closed) => closed.date)] };
}

export function evaluateClockForm(form: ClockForm, providerClosed: readonly ProviderClosedDate[] = []): ClockEvaluation {
  const calendar = calendarFor(form.hours, providerClosed);
  const names = new Map(providerClosed.map((closed) => [closed.date, closed.name]));
  const loggedAt = parseYearBound(form.logged);
  const loggedError = loggedAt ? null : `Enter a date and time between ${FIRST_YEAR} and ${LAST_YEAR}.`;

  const pauseErrors: Record<number, PauseError> = {};
  const pauses: Pause[] = [];
  for (const row of form.pauses) {
    const from = parseYearBound(row.from);
    const to = parseYearBound(row.to);
    if (!from) pauseErrors[row.id] = { field: 'from', message: sentence(PAUSE_MESSAGES.from) };
    else if (!to) pauseErrors[row.id] = { field: 'to', message: sentence(PAUSE_MESSAGES.to) };
    else {
      const pause = { from, to, reason: row.reason };
      const problem = pauseProblem(pause, loggedAt);
      if (problem) {
        const field = problem === PAUSE_MESSAGES.beforeLogged ? 'from' : 'to';
        pauseErrors[row.id] = { field, message: sentence(problem) };
      } else pauses.push(pause);
    }
  }

  if (!loggedAt || Object.keys(pauseErrors).length > 0) return { loggedError, pauseErrors, view: null };

  const due = dueTimes({ loggedAt, priority: form.priority, pauses, calendar });
  const firstDay = localDayNumber(loggedAt);
  // Whole local days, from the day of logging to the end of the day the resolution falls due.
  const lastDay = localDayNumber(due.resolutionDue.getTime() - 1) + 1;
  const range = { from: new Date(dayStartMs(firstDay)), to: new Date(dayStartMs(lastDay)) };
  return {
    loggedError,
    pauseErrors,
    view: {
      due,
      loggedAt,
      pauses,
      range,
      segments: timelineSegments(range.from, range.to, calendar, pauses),
      closedDays: closedDaysBetween(loggedAt, due.resolutionDue, calendar).map((day) => (day.kind === 'closed-date' ? { ...day, name: names.get(day.date) ?? null } : day)),
      ticks: dayTicks(firstDay, lastDay),
    },
  };
}

export function asPriority(value: string): Priority | null {
  return PRIORITIES.find((p) => p === value) ?? null;
}

export function asCalendarChoice(value: string): CalendarChoice | null {
  return CALENDAR_CHOICE_KEYS.find((c) => c === value) ?? null;
}

/** A new pause row: from 15 minutes after logging, for two hours, waiting on the customer. */
export function newPauseRow(id: number, logged: string): PauseRow {
  const loggedAt = parseLocalDateTime(logged);
  if (!loggedAt) return { id, from: '', to: '', reason: 'awaiting-customer' };
  const from = loggedAt.getTime() + 15 * MINUTE_MS;
  return {
    id,
    from: formatLocalDateTime(new Date(from)),
    to: formatLocalDateTime(new Date(from + 120 * MINUTE_MS)),
    reason: 'awaiting-customer',
  };
}
