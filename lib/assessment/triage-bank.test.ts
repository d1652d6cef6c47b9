import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Bank } from '@/lib/quiz/bank-schema';
import { parseBank } from '@/lib/quiz/parse-quiz-file';
import { clockAnswer } from '@/lib/quiz/clock-answer';
import type { DateTimeQuestion, SingleChoiceQuestion } from '@/lib/quiz/schema';
import { COMMON_ERRORS, DATETIME_CASES, DAY_NAMES, expectedAnswer, LOGGING_ITEMS, MONTHS, RATING_CASES, spoken } from '@/lib/assessment/testing/triage-cases';
import { DEFAULT_CALENDAR, DEFAULT_TARGETS, dueTimes, formatLocalDateTime, type Level, parseLocalDateTime, priorityFor, requireLocalDateTime } from '@/lib/sla';

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

const datetimeItems = bank.items.filter((item): item is DateTimeQuestion => item.type === 'datetime');
const singleItems = bank.items.filter((item): item is SingleChoiceQuestion => item.type === 'single');

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
