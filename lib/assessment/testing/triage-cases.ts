import type { Clock } from '@/lib/quiz/schema';
import {
  ALWAYS_OPEN_CALENDAR,
  type BusinessCalendar,
  DEFAULT_CALENDAR,
  DEFAULT_TARGETS,
  dueTimes,
  escalationTimes,
  formatLocalDateTime,
  type Level,
  type Pause,
  type PauseReason,
  type Priority,
  requireLocalDateTime,
} from '@/lib/sla';

/**
 * The facts each triage item's prompt gives, and the wrong methods its explanation names, written
 * out by hand so the bank's test can recompute every key and every "common error" with the SLA library.
 */

export type Which = 'response' | 'resolution' | 'team-lead-50';

export type TicketCase = {
  /** Local SAST time the ticket was logged, as written in the prompt. */
  logged: string;
  priority: Priority;
  which: Which;
  pauses?: { from: string; to: string; reason: PauseReason }[];
};

/** Every datetime item in the bank, with the facts its prompt gives. */
export const DATETIME_CASES: Record<string, TicketCase> = {
  'tri-response-weekend': { logged: '2026-03-06T16:20', priority: 'P2', which: 'response' },
  'tri-response-freedom-day': { logged: '2026-04-24T10:30', priority: 'P4', which: 'response' },
  'tri-response-after-hours': { logged: '2026-09-08T18:10', priority: 'P2', which: 'response' },
  'tri-response-p3-weekend': { logged: '2027-01-15T14:30', priority: 'P3', which: 'response' },
  'tri-response-p1-closing': { logged: '2026-12-07T16:50', priority: 'P1', which: 'response' },
  'tri-resolution-easter': { logged: '2026-04-01T14:00', priority: 'P3', which: 'resolution' },
  'tri-resolution-youth-day': { logged: '2026-06-15T13:30', priority: 'P2', which: 'resolution' },
  'tri-resolution-christmas': { logged: '2026-12-24T10:00', priority: 'P3', which: 'resolution' },
  'tri-resolution-awaiting-customer': {
    logged: '2026-03-10T10:00',
    priority: 'P2',
    which: 'resolution',
    pauses: [{ from: '2026-03-10T11:30', to: '2026-03-10T14:00', reason: 'awaiting-customer' }],
  },
  'tri-resolution-new-year': { logged: '2026-12-31T14:00', priority: 'P2', which: 'resolution' },
  'tri-resolution-p4-heritage': { logged: '2026-09-18T10:00', priority: 'P4', which: 'resolution' },
  'tri-resolution-p1-overnight': { logged: '2026-03-19T14:45', priority: 'P1', which: 'resolution' },
  'tri-resolution-before-hours-pause': {
    logged: '2026-10-05T07:30',
    priority: 'P3',
    which: 'resolution',
    pauses: [{ from: '2026-10-06T14:00', to: '2026-10-07T11:00', reason: 'awaiting-customer' }],
  },
  'tri-escalation-heritage-day': { logged: '2026-09-23T14:20', priority: 'P2', which: 'team-lead-50' },
  'tri-escalation-awaiting-customer': {
    logged: '2027-02-04T09:30',
    priority: 'P3',
    which: 'team-lead-50',
    pauses: [{ from: '2027-02-04T13:00', to: '2027-02-05T10:00', reason: 'awaiting-customer' }],
  },
  'tri-escalation-reconciliation': { logged: '2026-12-15T15:30', priority: 'P1', which: 'team-lead-50' },
};

export type RatingCase = { asks: 'priority' | 'impact' | 'urgency'; impact: Level; urgency: Level };

/** Every single-choice item, with the impact and urgency its ticket describes. */
export const RATING_CASES: Record<string, RatingCase> = {
  'tri-priority-claims-centre': { asks: 'priority', impact: 'high', urgency: 'high' },
  'tri-priority-director-printer': { asks: 'priority', impact: 'low', urgency: 'low' },
  'tri-priority-quotes-tender': { asks: 'priority', impact: 'medium', urgency: 'high' },
  'tri-priority-leave-portal': { asks: 'priority', impact: 'high', urgency: 'low' },
  'tri-priority-one-user-deadline': { asks: 'priority', impact: 'low', urgency: 'high' },
  'tri-impact-finance-team': { asks: 'impact', impact: 'medium', urgency: 'medium' },
  'tri-impact-whole-office': { asks: 'impact', impact: 'high', urgency: 'high' },
  'tri-impact-ceo-assistant': { asks: 'impact', impact: 'low', urgency: 'low' },
  'tri-urgency-freezing-screen': { asks: 'urgency', impact: 'medium', urgency: 'medium' },
  'tri-urgency-second-screen': { asks: 'urgency', impact: 'low', urgency: 'low' },
};

/** Single-choice items about logging a request with complete details: they serve AC2.1 and rate nothing. */
export const LOGGING_ITEMS = ['tri-log-missing-detail', 'tri-log-best-note', 'tri-log-reset-verification', 'tri-log-read-back'];


export function pausesOf(ticket: TicketCase): Pause[] {
  return (ticket.pauses ?? []).map((pause) => ({
    from: requireLocalDateTime(pause.from),
    to: requireLocalDateTime(pause.to),
    reason: pause.reason,
  }));
}

/** The due moment the library gives for one ticket case, as "YYYY-MM-DDTHH:mm" SAST. */
export function expectedAnswer(ticket: TicketCase): string {
  const loggedAt = requireLocalDateTime(ticket.logged);
  const pauses = pausesOf(ticket);
  if (ticket.which === 'team-lead-50') {
    const [half] = escalationTimes({
      loggedAt,
      targetMinutes: DEFAULT_TARGETS[ticket.priority].resolutionMinutes,
      pauses,
      thresholds: [0.5],
    });
    if (!half) throw new Error('escalationTimes returned no 50% moment');
    return formatLocalDateTime(half.at);
  }
  const due = dueTimes({ loggedAt, priority: ticket.priority, pauses });
  return formatLocalDateTime(ticket.which === 'response' ? due.responseDue : due.resolutionDue);
}

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * The wrong methods the explanations name as common errors, each worked through the same library
 * so that a note never tells an assessor a wrong "wrong answer". A method changes the clock's
 * facts or the calendar the way the learner's mistake does.
 */
export type WrongMethod = { clock?: Partial<Clock>; calendar?: BusinessCalendar; why: string };

/** A calendar that forgets every public holiday except those listed. */
export const holidaysOnly = (...kept: string[]): BusinessCalendar => ({ ...DEFAULT_CALENDAR, workOnPublicHolidays: true, extraClosedDates: kept });
export const clockHours: WrongMethod['calendar'] = ALWAYS_OPEN_CALENDAR;
export const everyDay: BusinessCalendar = { ...DEFAULT_CALENDAR, workingDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] };

export const COMMON_ERRORS: Record<string, WrongMethod[]> = {
  'tri-response-weekend': [
    { calendar: clockHours, why: 'ignored the 17:00 close' },
    { clock: { logged: '2026-03-09T09:00' }, why: 'restarted the full hour on Monday' },
  ],
  'tri-response-freedom-day': [{ calendar: holidaysOnly(), why: 'counted the public holiday' }],
  'tri-response-after-hours': [{ calendar: clockHours, why: 'counted evening hours' }, { clock: { minutes: 0 }, why: 'gave the clock start' }],
  'tri-response-p3-weekend': [{ calendar: clockHours, why: 'ignored the 17:00 close' }],
  'tri-response-p1-closing': [{ calendar: clockHours, why: 'ignored the 17:00 close' }],
  'tri-resolution-easter': [
    { calendar: holidaysOnly('2026-04-03'), why: 'missed Family Day' },
    { calendar: clockHours, why: 'counted 24 clock hours' },
  ],
  'tri-resolution-youth-day': [{ calendar: holidaysOnly(), why: 'missed Youth Day' }],
  'tri-resolution-christmas': [{ calendar: { ...DEFAULT_CALENDAR, extraClosedDates: ['2026-12-28'] }, why: 'moved the Day of Goodwill to Monday 28' }],
  'tri-resolution-awaiting-customer': [{ clock: { pauses: [] }, why: 'ignored the pause' }],
  'tri-resolution-new-year': [{ calendar: holidaysOnly(), why: 'counted the holiday' }],
  'tri-resolution-p4-heritage': [
    { calendar: holidaysOnly(), why: 'missed Heritage Day' },
    { calendar: clockHours, why: 'counted 72 clock hours' },
  ],
  'tri-resolution-p1-overnight': [{ calendar: clockHours, why: 'ignored the 17:00 close' }],
  'tri-resolution-before-hours-pause': [
    // Counting 07:30–09:00 as clock time leaves 90 minutes fewer to run from 09:00.
    { clock: { logged: '2026-10-05T09:00', minutes: 24 * 60 - 90 }, why: 'started the clock at 07:30' },
    { clock: { pauses: [] }, why: 'ignored the pause' },
  ],
  'tri-escalation-heritage-day': [
    { calendar: holidaysOnly(), why: 'missed Heritage Day' },
    { clock: { minutes: 480 }, why: 'used 100% of the resolution time' },
  ],
  'tri-escalation-awaiting-customer': [
    { clock: { pauses: [] }, why: 'ignored the pause' },
    { calendar: everyDay, why: 'counted the weekend' },
  ],
  'tri-escalation-reconciliation': [{ calendar: holidaysOnly(), why: 'missed the holiday' }],
};

/** "Tuesday 7 April at 14:00", the way the explanations write a moment. */
export function spoken(localDateTime: string): string {
  const [year, month, day] = localDateTime.slice(0, 10).split('-').map(Number);
  const weekday = DAY_NAMES[new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)).getUTCDay()];
  return `${weekday} ${day} ${MONTHS[(month ?? 1) - 1]} at ${localDateTime.slice(11)}`;
}
