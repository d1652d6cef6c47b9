import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { AssessmentDefinitionSchema } from '@/lib/assessment/assessment-schema';
import { markItem } from '@/lib/quiz/mark';
import { modelTicket } from '@/lib/assessment/testing/model-answers';
import { localDateTimeToMinutes } from '@/lib/quiz/local-date-time';
import { mentions } from '@/lib/quiz/match-facts';
import { requiredFacts } from '@/lib/quiz/mark-ticket';
import { parseBank } from '@/lib/quiz/parse-quiz-file';
import type { TicketQuestion } from '@/lib/quiz/schema';
import { dueTimes, formatLocalDateTime, holidaysOn, localDayNumber, priorityFor, requireLocalDateTime } from '@/lib/sla';

/**
 * The ticket bank's keys are worked out by hand in the YAML. This test recomputes every priority
 * and due time with the SLA library, so a wrong key, or a change to the calendar or targets,
 * fails here before it can mark a learner wrong.
 */

const FILE = 'content/assessment/tickets.yml';

function loadTickets(): TicketQuestion[] {
  const result = parseBank(readFileSync(path.resolve(FILE), 'utf8'), FILE);
  if (!result.ok) throw new Error(`${FILE} does not parse:\n${result.problems.join('\n')}`);
  return result.value.items.filter((item): item is TicketQuestion => item.type === 'ticket');
}

const bank = parseBank(readFileSync(path.resolve(FILE), 'utf8'), FILE);
const tickets = loadTickets();
const cases = tickets.map((ticket) => [ticket.id, ticket] as const);

function due(loggedAt: string, ticket: TicketQuestion) {
  const times = dueTimes({ loggedAt: requireLocalDateTime(loggedAt), priority: ticket.log.priority });
  return { response: formatLocalDateTime(times.responseDue), resolution: formatLocalDateTime(times.resolutionDue) };
}

function shift(value: string, minutes: number): string {
  return formatLocalDateTime(new Date(requireLocalDateTime(value).getTime() + minutes * 60_000));
}

describe('the ticket bank', () => {
  test('parses as a bank of at least four tickets, one drawn per attempt', () => {
    expect(bank.ok && bank.value.draw).toBe(1);
    expect(bank.ok && bank.value.items.length).toBe(tickets.length);
    expect(tickets.length).toBeGreaterThanOrEqual(4);
  });

  test('is drawn by a part of the assessment whose answers count as simulated-ticket evidence', () => {
    const definition = parse(readFileSync(path.resolve('content/assessment/assessment.yml'), 'utf8'));
    const part = AssessmentDefinitionSchema.parse(definition).parts.find((candidate) => candidate.bank === 'tickets');
    expect(part?.method).toBe('simulated-ticket');
  });

  test('every ticket asks for the due times and the message, and claims logging, priority, due times and the time frame', () => {
    for (const ticket of tickets) {
      expect(ticket.acs.sort(), ticket.id).toEqual(['AC2.1', 'AC2.2', 'AC2.3', 'AC2.4']);
      expect(ticket.log.responseDue, ticket.id).toBeDefined();
      expect(ticket.message, ticket.id).toBeDefined();
    }
  });

  test('states the SLA assumptions in every prompt and tells the learner to log at the time of the call', () => {
    for (const ticket of tickets) {
      const prompt = ticket.prompt.replace(/\s+/g, ' ');
      for (const part of ['09:00–17:00 SAST', 'public holidays do not count', 'P1 15 min / 4 h', 'P2 1 h / 8 h', 'P3 4 h / 24 h', 'P4 8 h / 72 h', 'High × High = P1', 'at the time the call came in']) {
        expect(prompt, `${ticket.id} should state "${part}"`).toContain(part);
      }
      expect(ticket.log.loggedAt.answer, ticket.id).toBe(ticket.callAt);
    }
  });

  test('uses four different priorities and at least three different public holidays across the bank', () => {
    expect(new Set(tickets.map((ticket) => ticket.log.priority)).size).toBe(4);
    const holidays = new Set<string>();
    for (const ticket of tickets) {
      const from = localDayNumber(requireLocalDateTime(ticket.log.loggedAt.answer));
      const to = localDayNumber(requireLocalDateTime(ticket.log.resolutionDue?.answer ?? ticket.callAt));
      for (let day = from; day <= to; day += 1) for (const holiday of holidaysOn(day)) holidays.add(holiday.name);
    }
    expect(holidays.size).toBeGreaterThanOrEqual(3);
  });

  test.each(cases)('%s: the priority follows the impact × urgency matrix', (_id, ticket) => {
    expect(ticket.log.priority).toBe(priorityFor(ticket.log.impact, ticket.log.urgency));
  });

  test.each(cases)('%s: the due times equal the SLA library from the logging time and priority', (_id, ticket) => {
    const expected = due(ticket.log.loggedAt.answer, ticket);
    expect(formatLocalDateTime(requireLocalDateTime(ticket.log.responseDue?.answer ?? ''))).toBe(expected.response);
    expect(formatLocalDateTime(requireLocalDateTime(ticket.log.resolutionDue?.answer ?? ''))).toBe(expected.resolution);
  });

  test.each(cases)('%s: a learner who logs within the tolerance and works the due times from there is marked right', (_id, ticket) => {
    for (let minutes = 0; minutes <= ticket.log.loggedAt.toleranceMinutes; minutes += 1) {
      const logged = shift(ticket.log.loggedAt.answer, minutes).replace(' ', 'T');
      const own = due(logged, ticket);
      const response = { ...modelTicket(ticket), fields: { ...modelTicket(ticket).fields, loggedAt: logged, responseDue: own.response.replace(' ', 'T'), resolutionDue: own.resolution.replace(' ', 'T') } };
      expect(markItem(ticket, response).score, `logged at ${logged}`).toBe(1);
    }
  });

  test.each(cases)('%s: the call is on a working day in 2026 or 2027, and the explanation and model message give both due times', (_id, ticket) => {
    const day = localDayNumber(requireLocalDateTime(ticket.callAt));
    expect(holidaysOn(day), 'not on a public holiday').toEqual([]);
    expect(['Sat', 'Sun']).not.toContain(requireLocalDateTime(ticket.callAt).toUTCString().slice(0, 3));
    expect(['2026', '2027']).toContain(ticket.callAt.slice(0, 4));
    const explanation = ticket.explanation.replace(/\s+/g, ' ');
    const message = ticket.message?.modelAnswer.replace(/\s+/g, ' ') ?? '';
    for (const key of [ticket.log.responseDue, ticket.log.resolutionDue]) {
      const time = key?.answer.slice(11) ?? '';
      expect(explanation).toContain(time);
      expect(message).toContain(`by ${time}`);
    }
    expect(explanation).toContain(`gives ${ticket.log.priority}`);
    expect(localDateTimeToMinutes(ticket.callAt)).not.toBeNull();
  });

  test.each(cases)('%s: every fact the log needs is said in the call, and the caller is one of its speakers', (_id, ticket) => {
    const call = ticket.transcript.map((turn) => turn.line).join('\n');
    const { callerName, site, contact, problem, businessEffect } = ticket.log;
    for (const [field, key] of Object.entries({ site, contact, problem, businessEffect })) {
      for (const fact of requiredFacts(key)) {
        expect(fact.anyOf.some((phrase) => mentions(call, phrase)), `${field}: ${fact.fact}`).toBe(true);
      }
    }
    expect(ticket.transcript.map((turn) => turn.speaker)).toContain(callerName.answer);
  });

  test.each(cases)('%s: the model answer scores full marks (the word count of its message is checked when the bank is parsed)', (_id, ticket) => {
    expect(markItem(ticket, modelTicket(ticket)).score).toBe(1);
  });
});
