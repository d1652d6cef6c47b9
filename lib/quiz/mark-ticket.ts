import { formatLocalDateTime, localDateTimeToMinutes } from '@/lib/quiz/local-date-time';
import { checkFacts, type FactCheck } from '@/lib/quiz/match-facts';
import { MarkingError, type MarkResult, markedResult } from '@/lib/quiz/mark-types';
import type { TicketResponse } from '@/lib/quiz/response';
import { describeEntry, priorityLabel, TICKET_FIELD_IDS, type TicketEntry, type TicketFieldId, ticketField } from '@/lib/quiz/ticket-fields';
import type { Fact, TextKey, TicketLogKey, TicketQuestion } from '@/lib/quiz/ticket-schema';
import { LEVEL_NAMES } from '@/lib/sla/priority';

/**
 * Marking a ticket log, field by field (the rule is stated with the others in mark.ts):
 * - free text (caller, department and site, contact, problem, business effect): right when the
 *   entry mentions every required fact, each in one of its listed wordings (see match-facts.ts);
 *   a field without facts must contain its answer;
 * - users affected: within its tolerance; impact, urgency and priority: exactly the key;
 * - logged at, response due, resolution due: within their tolerance in minutes, as SAST wall-clock
 *   times. Due times are marked against the key's own logging time and priority.
 * An empty field is wrong. The score is the share of the fields asked that are right. The message
 * to the customer is never marked here: the assessor judges it.
 */

/** The rule above in the assessor's words, shown beside every marked ticket. */
export const TICKET_MARKING_RULE =
  'Each field asked is an equal share of the automatic mark, and an empty field is wrong. A free-text field is right when it mentions every fact listed, in any of the wordings given (case, accents, punctuation and spaces inside numbers are ignored). Users affected, impact, urgency and priority must match; times must fall within the tolerance shown. Due times are marked against the right logging time and priority. The message to the customer is not part of this mark: you judge it against its marking guide.';

export type TicketFieldMark = {
  id: TicketFieldId;
  label: string;
  /** The learner's entry in words; null when left empty. */
  given: string | null;
  /** The right entry in words, with its tolerance. */
  expected: string;
  right: boolean;
  /** For a free-text field with named facts: each fact and whether the entry mentions it. */
  facts: FactCheck[] | null;
};

/** The fields this item asks for, in form order. */
export function askedFields(question: Pick<TicketQuestion, 'log'>): TicketFieldId[] {
  return TICKET_FIELD_IDS.filter((id) => question.log[id] !== undefined);
}

/** The facts a free-text entry must mention: the author's list, or the answer itself. */
export function requiredFacts(key: TextKey): Fact[] {
  return key.facts ?? [{ fact: 'the entry', anyOf: [key.answer] }];
}

function markText(key: TextKey, text: string | undefined) {
  const entry = text?.trim() ?? '';
  const facts = checkFacts(entry, requiredFacts(key));
  // Facts are listed for the assessor only when the author named them.
  return { expected: key.answer, right: entry !== '' && facts.every((fact) => fact.found), facts: key.facts === undefined ? null : facts };
}

function markMoment(key: { answer: string; toleranceMinutes: number }, value: string | undefined) {
  const given = value === undefined ? null : localDateTimeToMinutes(value);
  const expected = localDateTimeToMinutes(key.answer);
  const tolerance = key.toleranceMinutes > 0 ? ` (± ${key.toleranceMinutes} min)` : '';
  return {
    expected: `${formatLocalDateTime(key.answer)}${tolerance}`,
    right: given !== null && expected !== null && Math.abs(given - expected) <= key.toleranceMinutes,
    facts: null,
  };
}

function markField(log: TicketLogKey, id: TicketFieldId, entry: TicketEntry): Omit<TicketFieldMark, 'id' | 'label' | 'given'> {
  switch (id) {
    case 'callerName':
    case 'site':
    case 'contact':
    case 'problem':
    case 'businessEffect':
      return markText(log[id], entry[id]);
    case 'affectedUsers': {
      const key = log.affectedUsers;
      const given = entry.affectedUsers;
      return {
        expected: key.tolerance > 0 ? `${key.answer} (± ${key.tolerance})` : String(key.answer),
        right: given !== undefined && Math.abs(given - key.answer) <= key.tolerance,
        facts: null,
      };
    }
    case 'impact':
    case 'urgency':
      return { expected: LEVEL_NAMES[log[id]], right: entry[id] === log[id], facts: null };
    case 'priority':
      return { expected: priorityLabel(log.priority), right: entry.priority === log.priority, facts: null };
    case 'loggedAt':
      return markMoment(log.loggedAt, entry.loggedAt);
    case 'responseDue':
    case 'resolutionDue': {
      const key = log[id];
      if (key === undefined) throw new RangeError(`the ticket does not ask for "${id}"`);
      return markMoment(key, entry[id]);
    }
  }
}

/** Every field asked, with the learner's entry, the right entry and whether it is right. */
export function markTicketFields(question: Pick<TicketQuestion, 'log'>, entry: TicketEntry): TicketFieldMark[] {
  return askedFields(question).map((id) => ({
    id,
    label: ticketField(id).label,
    given: describeEntry(entry, id),
    ...markField(question.log, id, entry),
  }));
}

function feedbackFor(mark: TicketFieldMark): string {
  const missing = (mark.facts ?? []).filter((fact) => !fact.found).map((fact) => fact.fact);
  if (mark.given === null) return `${mark.label}: left empty; the log should say ${mark.expected}.`;
  if (missing.length > 0) return `${mark.label}: does not mention ${missing.join(', ')} (for example: ${mark.expected}).`;
  return `${mark.label}: "${mark.given}" is not right; the log should say ${mark.expected}.`;
}

export function markTicket(question: TicketQuestion, response: TicketResponse): MarkResult {
  const asked = new Set(askedFields(question));
  const extra = TICKET_FIELD_IDS.filter((id) => !asked.has(id) && response.fields[id] !== undefined);
  if (extra.length > 0) throw new MarkingError(question.id, `the ticket does not ask for ${extra.map((id) => `"${id}"`).join(', ')}`);
  if (response.message !== undefined && question.message === undefined) {
    throw new MarkingError(question.id, 'the ticket asks for no message to the customer');
  }
  const marks = markTicketFields(question, response.fields);
  const right = marks.filter((mark) => mark.right).length;
  return markedResult(right / marks.length, [...marks.filter((mark) => !mark.right).map(feedbackFor), question.explanation]);
}
