import type { TicketLogKey, TicketQuestion } from '@/lib/quiz/ticket-schema';
import { DEFAULT_CALENDAR } from '@/lib/sla/calendar';
import { dueTimes } from '@/lib/sla/due-times';
import type { BusinessCalendar } from '@/lib/sla/schema';
import { formatLocalDateTime, requireLocalDateTime } from '@/lib/sla/time';

/**
 * The due times a ticket's log key implies: from its logging time, on its priority's targets, on
 * a calendar (the course's by default). The log key holds every SLA fact, so, as for a date-time
 * answer with clock facts, the content check proves the keys and marking reruns them on the
 * provider's calendar.
 */
export function ticketDueTimes(log: Pick<TicketLogKey, 'loggedAt' | 'priority'>, calendar: BusinessCalendar = DEFAULT_CALENDAR) {
  const due = dueTimes({ loggedAt: requireLocalDateTime(log.loggedAt.answer), priority: log.priority, calendar });
  return { responseDue: formatLocalDateTime(due.responseDue), resolutionDue: formatLocalDateTime(due.resolutionDue) };
}

/** The ticket as this provider marks it: its due-time keys rerun on the provider's calendar, the move explained to the assessor. */
export function ticketOnCalendar(question: TicketQuestion, calendar: BusinessCalendar): TicketQuestion {
  const { responseDue, resolutionDue } = question.log;
  if (!responseDue || !resolutionDue || calendar.extraClosedDates.length === 0) return question;
  const due = ticketDueTimes(question.log, calendar);
  if (due.responseDue === responseDue.answer && due.resolutionDue === resolutionDue.answer) return question;
  const shown = (value: string) => value.replace('T', ' ');
  const note = ` On this provider's calendar, which is also closed on ${calendar.extraClosedDates.join(', ')}, the response is due at ${shown(due.responseDue)} and the resolution at ${shown(due.resolutionDue)}.`;
  return {
    ...question,
    log: { ...question.log, responseDue: { ...responseDue, answer: due.responseDue }, resolutionDue: { ...resolutionDue, answer: due.resolutionDue } },
    explanation: `${question.explanation}${note}`,
  };
}
