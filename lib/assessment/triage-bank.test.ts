import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Bank } from '@/lib/quiz/bank-schema';
import { parseBank } from '@/lib/quiz/parse-quiz-file';
import { clockAnswer } from '@/lib/quiz/clock-answer';
import type { Clock, DateTimeQuestion, SingleChoiceQuestion } from '@/lib/quiz/schema';
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
  parseLocalDateTime,
  priorityFor,
  requireLocalDateTime,
} from '@/lib/sla';

/**
 * The triage bank's answer keys are worked out by hand in the YAML. This test recomputes every
 * due time with the SLA library, so a wrong key, or a change to the calendar or targets, fails here
 * before it can mark a learner wrong.
 */

const FILE = 'content/assessment/triage.yml';

function loadBank(): Bank {
  const result = parseBank(readFileSync(path.resolve(FILE), 'utf8'), FILE);
  if (!result.ok) throw new Error(`${FILE} does not parse:\n${result.problems.join('\n')}`);
  return result.value;
}

const bank = loadBank();

type Which = 'response' | 'resolution' | 'team-lead-50';

type TicketCase = {
  /** Local SAST time the ticket was logged, as written in the prompt. */
  logged: string;
  priority: Priority;
  which: Which;
  pauses?: { from: string; to: string; reason: PauseReason }[];
};

/** Every datetime item in the bank, with the facts its prompt gives. */
const DATETIME_CASES: Record<string, TicketCase> = {
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

type RatingCase = { asks: 'priority' | 'impact' | 'urgency'; impact: Level; urgency: Level };

/** Every single-choice item, with the impact and urgency its ticket describes. */
const RATING_CASES: Record<string, RatingCase> = {
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
const LOGGING_ITEMS = ['tri-log-missing-detail', 'tri-log-best-note', 'tri-log-reset-verification', 'tri-log-read-back'];

const datetimeItems = bank.items.filter((item): item is DateTimeQuestion => item.type === 'datetime');
const singleItems = bank.items.filter((item): item is SingleChoiceQuestion => item.type === 'single');

function pausesOf(ticket: TicketCase): Pause[] {
  return (ticket.pauses ?? []).map((pause) => ({
    from: requireLocalDateTime(pause.from),
    to: requireLocalDateTime(pause.to),
    reason: pause.reason,
  }));
}

/** The due moment the library gives for one ticket case, as "YYYY-MM-DDTHH:mm" SAST. */
function expectedAnswer(ticket: TicketCase): string {
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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * The wrong methods the explanations name as common errors, each worked through the same library
 * so that a note never tells an assessor a wrong "wrong answer". A method changes the clock's
 * facts or the calendar the way the learner's mistake does.
 */
type WrongMethod = { clock?: Partial<Clock>; calendar?: BusinessCalendar; why: string };

/** A calendar that forgets every public holiday except those listed. */
const holidaysOnly = (...kept: string[]): BusinessCalendar => ({ ...DEFAULT_CALENDAR, workOnPublicHolidays: true, extraClosedDates: kept });
const clockHours: WrongMethod['calendar'] = ALWAYS_OPEN_CALENDAR;
const everyDay: BusinessCalendar = { ...DEFAULT_CALENDAR, workingDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] };

const COMMON_ERRORS: Record<string, WrongMethod[]> = {
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
function spoken(localDateTime: string): string {
  const [year, month, day] = localDateTime.slice(0, 10).split('-').map(Number);
  const weekday = DAY_NAMES[new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)).getUTCDay()];
  return `${weekday} ${day} ${MONTHS[(month ?? 1) - 1]} at ${localDateTime.slice(11)}`;
}

describe('the triage bank', () => {
  test('parses as a bank and draws 4 of at least 12 items', () => {
    expect(bank.draw).toBe(4);
    expect(bank.items.length).toBeGreaterThanOrEqual(12);
  });

  test('holds only single-choice and datetime items, each giving evidence for SO2 criteria', () => {
    for (const item of bank.items) {
      expect(['single', 'datetime']).toContain(item.type);
      expect(item.acs.length).toBeGreaterThan(0);
      for (const code of item.acs) expect(code).toMatch(/^AC2\.[1-4]$/);
    }
  });

  test('states the SLA assumptions in every prompt', () => {
    for (const item of bank.items) {
      const prompt = item.prompt.replace(/\s+/g, ' ');
      for (const part of ['09:00–17:00 SAST', 'public holidays do not count', 'P1 15 min / 4 h', 'P2 1 h / 8 h', 'P3 4 h / 24 h', 'P4 8 h / 72 h', 'High × High = P1']) {
        expect(prompt, `${item.id} should state "${part}"`).toContain(part);
      }
    }
  });

  test('names every date in a prompt with the right weekday, on a working day in 2026 or 2027', () => {
    const datePattern = /(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g;
    for (const item of bank.items) {
      const prompt = item.prompt.replace(/\s+/g, ' ');
      const dates = [...prompt.matchAll(datePattern)];
      expect(dates.length, `${item.id} should name the day it was logged`).toBeGreaterThan(0);
      for (const [text, dayName, day, month, year] of dates) {
        const monthIndex = MONTHS.indexOf(month ?? '');
        expect(monthIndex, `${item.id}: unknown month in "${text}"`).toBeGreaterThanOrEqual(0);
        const date = new Date(Date.UTC(Number(year), monthIndex, Number(day)));
        expect(DAY_NAMES[date.getUTCDay()], `${item.id}: "${text}"`).toBe(dayName);
        expect(['2026', '2027']).toContain(year);
        expect(['Saturday', 'Sunday'], `${item.id}: a ticket is logged on a weekday`).not.toContain(dayName);
      }
    }
  });

  test('the table covers exactly the datetime items in the bank', () => {
    expect(Object.keys(DATETIME_CASES).sort()).toEqual(datetimeItems.map((item) => item.id).sort());
  });

  test.each(Object.entries(DATETIME_CASES))('%s: the answer key equals the SLA library', (id, ticket) => {
    const item = datetimeItems.find((candidate) => candidate.id === id);
    if (!item) throw new Error(`no datetime item "${id}" in ${FILE}`);
    expect(item.toleranceMinutes).toBe(0);
    expect(parseLocalDateTime(item.answer)).not.toBeNull();
    expect(item.answer).toBe(expectedAnswer(ticket));
    // The prompt gives the logging time and the priority the calculation uses.
    const prompt = item.prompt.replace(/\s+/g, ' ');
    expect(prompt).toContain(`At ${ticket.logged.slice(11)} on`);
    expect(prompt).toContain(`as ${ticket.priority}`);
    // The explanation repeats the correct moment, so an assessor reads the same answer twice.
    expect(item.explanation.replace(/\s+/g, ' ')).toContain(`at ${item.answer.slice(11)}`);
  });

  test('the logging dates in the table match the weekday and date in each prompt', () => {
    for (const [id, ticket] of Object.entries(DATETIME_CASES)) {
      const item = datetimeItems.find((candidate) => candidate.id === id);
      const logged = requireLocalDateTime(ticket.logged);
      const [year, month, day] = ticket.logged.slice(0, 10).split('-').map(Number);
      const weekday = DAY_NAMES[new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)).getUTCDay()];
      expect(logged.getTime()).not.toBeNaN();
      expect(item?.prompt.replace(/\s+/g, ' ')).toContain(`${weekday} ${day} ${MONTHS[(month ?? 1) - 1]} ${year}`);
    }
  });

  test('the rating table and the logging list together cover exactly the single-choice items in the bank', () => {
    expect([...Object.keys(RATING_CASES), ...LOGGING_ITEMS].sort()).toEqual(singleItems.map((item) => item.id).sort());
  });

  test('every logging item serves AC2.1 and explains its one correct option as correct', () => {
    for (const id of LOGGING_ITEMS) {
      const item = singleItems.find((candidate) => candidate.id === id);
      if (!item) throw new Error(`no single-choice item "${id}" in ${FILE}`);
      expect(item.acs).toContain('AC2.1');
      for (const option of item.options) expect(option.feedback.startsWith('Correct'), `${id}/${option.id}`).toBe(option.id === item.answer);
    }
  });

  test.each(Object.entries(RATING_CASES))('%s: the answer agrees with the impact × urgency matrix', (id, rating) => {
    const item = singleItems.find((candidate) => candidate.id === id);
    if (!item) throw new Error(`no single-choice item "${id}" in ${FILE}`);
    if (rating.asks === 'priority') {
      expect(item.options.map((option) => option.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
      expect(item.answer.toUpperCase()).toBe(priorityFor(rating.impact, rating.urgency));
    } else {
      expect(item.options.map((option) => option.id)).toEqual(['high', 'medium', 'low']);
      expect(item.answer).toBe(rating[rating.asks]);
    }
  });

  test('where a datetime prompt states impact and urgency, they give the priority it states', () => {
    for (const item of datetimeItems) {
      const prompt = item.prompt.replace(/\s+/g, ' ');
      const match = /rates impact (High|Medium|Low) and urgency (High|Medium|Low), and sets (?:the ticket|it) as (P[1-4])/.exec(prompt);
      expect(match, `${item.id} should state impact, urgency and priority`).not.toBeNull();
      if (!match) continue;
      const [, impact, urgency, priority] = match;
      expect(priorityFor(impact?.toLowerCase() as Level, urgency?.toLowerCase() as Level)).toBe(priority);
      expect(DATETIME_CASES[item.id]?.priority).toBe(priority);
    }
  });

  test.each(Object.entries(DATETIME_CASES))('%s: the clock facts on the item are the ones its prompt gives', (id, ticket) => {
    const item = datetimeItems.find((candidate) => candidate.id === id);
    const target = DEFAULT_TARGETS[ticket.priority];
    const minutes = ticket.which === 'response' ? target.responseMinutes : ticket.which === 'resolution' ? target.resolutionMinutes : target.resolutionMinutes / 2;
    expect(item?.clock).toEqual({ logged: ticket.logged, minutes, pauses: (ticket.pauses ?? []).map(({ from, to }) => ({ from, to })) });
  });

  test('every datetime item names its common errors, and the table covers them all', () => {
    expect(Object.keys(COMMON_ERRORS).sort()).toEqual(datetimeItems.map((item) => item.id).sort());
    for (const item of datetimeItems) expect(item.explanation, item.id).toMatch(/Common\s+errors?:/);
  });

  test.each(Object.entries(COMMON_ERRORS))('%s: each common-error note states the time the wrong method really gives', (id, methods) => {
    const item = datetimeItems.find((candidate) => candidate.id === id);
    if (!item?.clock) throw new Error(`no datetime item with clock facts "${id}"`);
    const explanation = item.explanation.replace(/\s+/g, ' ');
    for (const method of methods) {
      const clock = { ...item.clock, ...method.clock };
      const wrong = method.clock?.minutes === 0 ? formatLocalDateTime(dueTimes({ loggedAt: requireLocalDateTime(clock.logged), priority: 'P4' }).clockStartsAt) : clockAnswer(clock, method.calendar ?? DEFAULT_CALENDAR);
      expect(wrong, `${id}: a wrong method must give a wrong answer`).not.toBe(item.answer);
      expect(explanation, `${id}: the learner who ${method.why}`).toContain(`${spoken(wrong)} (the learner ${method.why}`);
    }
  });
});
