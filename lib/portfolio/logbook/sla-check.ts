import type { LogbookEntryInput } from '@/lib/portfolio/logbook/entry-schema';
import type { SlaTerms } from '@/lib/portfolio/logbook/sla-terms';
import { businessMinutesBetween } from '@/lib/sla/business-time';
import { dueTimes } from '@/lib/sla/due-times';
import { LEVEL_NAMES, type Priority, priorityFor } from '@/lib/sla/priority';
import { formatDuration, formatReadable } from '@/lib/sla/time';

export type EntrySla = {
  /** The priority the grid gives for the entry's impact and urgency: the due times follow it. */
  gridPriority: Priority;
  responseDueAt: Date;
  resolutionDueAt: Date;
  respondedInTime: boolean;
  /** Where the entry disagrees with the SLA, as sentences for the learner and the assessor. */
  flags: string[];
};

type Timed = Pick<LogbookEntryInput, 'loggedAt' | 'impact' | 'urgency' | 'priority' | 'respondedAt' | 'resolvedAt' | 'escalations'>;

/**
 * What the SLA makes of an entry: due times from the logged time and the grid's priority on the
 * business calendar, and a flag for a priority the grid would not give or a target missed
 * without an escalation before it. Flags inform; they never refuse an entry.
 */
export function checkEntrySla(entry: Timed, terms: SlaTerms): EntrySla {
  const gridPriority = priorityFor(entry.impact, entry.urgency);
  const due = dueTimes({ loggedAt: entry.loggedAt, priority: gridPriority, calendar: terms.calendar, targets: terms.targets });
  const flags: string[] = [];
  if (entry.priority !== gridPriority) {
    flags.push(`The grid gives ${gridPriority} for ${LEVEL_NAMES[entry.impact]} impact and ${LEVEL_NAMES[entry.urgency]} urgency; this entry says ${entry.priority}.`);
  }
  const escalatedBy = (deadline: Date) => entry.escalations.some((escalation) => escalation.at <= deadline);
  const late = (verb: string, target: string, at: Date | null, deadline: Date) => {
    if (!at || at <= deadline || escalatedBy(deadline)) return;
    const minutes = businessMinutesBetween(deadline, at, terms.calendar);
    flags.push(
      minutes > 0
        ? `${verb} ${formatDuration(minutes)} (business time) after the ${target} target, with no escalation before it.`
        : `${verb} after the ${target} target (due ${formatReadable(deadline)}), outside business hours, with no escalation before it.`,
    );
  };
  late('Responded', 'response', entry.respondedAt, due.responseDue);
  late('Resolved', 'resolution', entry.resolvedAt, due.resolutionDue);
  return {
    gridPriority,
    responseDueAt: due.responseDue,
    resolutionDueAt: due.resolutionDue,
    respondedInTime: entry.respondedAt !== null && entry.respondedAt <= due.responseDue,
    flags,
  };
}
