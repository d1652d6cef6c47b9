import type { LogbookEntryInput } from '@/lib/portfolio/logbook/entry-schema';
import { formatReadable } from '@/lib/sla/time';

/** The earliest ticket a logbook records: evidence must be current, and a typo in the year should not pass. */
export const EARLIEST_LOGGED = new Date('2000-01-01T00:00:00+02:00');

/**
 * Why an entry cannot have happened as written, per field (form names): times out of order, or
 * in the future. An entry that merely breaks the SLA is not impossible; it is flagged instead.
 */
export function impossibleEntryProblems(entry: LogbookEntryInput, now: Date): Record<string, string> {
  const problems: Record<string, string> = {};
  const add = (field: string, message: string) => {
    problems[field] ??= message;
  };
  const future = (field: string, at: Date | null) => {
    if (at && at.getTime() > now.getTime()) add(field, `${formatReadable(at)} is in the future: the logbook records what has already happened.`);
  };
  const logged = entry.loggedAt;
  const loggedText = formatReadable(logged);

  future('loggedAt', logged);
  if (logged.getTime() < EARLIEST_LOGGED.getTime()) add('loggedAt', 'Check the year: the logbook records tickets from 2000 onwards.');

  future('respondedAt', entry.respondedAt);
  if (entry.respondedAt && entry.respondedAt < logged) add('respondedAt', `The response cannot come before the ticket was logged (${loggedText}).`);

  future('resolvedAt', entry.resolvedAt);
  if (entry.resolvedAt) {
    if (entry.resolvedAt < logged) add('resolvedAt', `The resolution cannot come before the ticket was logged (${loggedText}).`);
    if (!entry.respondedAt) add('respondedAt', 'Enter when you first responded: a resolved ticket had a response, even if it was the fix itself.');
    else if (entry.resolvedAt < entry.respondedAt) add('resolvedAt', `The resolution cannot come before your first response (${formatReadable(entry.respondedAt)}).`);
  }

  entry.escalations.forEach((escalation, index) => {
    const field = `escalations.${index}.at`;
    future(field, escalation.at);
    if (escalation.at < logged) add(field, `An escalation cannot come before the ticket was logged (${loggedText}).`);
    if (entry.resolvedAt && escalation.at > entry.resolvedAt) add(field, `An escalation cannot come after the ticket was resolved (${formatReadable(entry.resolvedAt)}).`);
  });

  if (entry.followUp) {
    future('followUp.at', entry.followUp.at);
    if (!entry.resolvedAt) add('resolvedAt', 'Enter when the ticket was resolved: a follow-up comes after the fix.');
    else if (entry.followUp.at < entry.resolvedAt) add('followUp.at', `The follow-up cannot come before the ticket was resolved (${formatReadable(entry.resolvedAt)}).`);
  }
  return problems;
}
