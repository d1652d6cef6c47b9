import { entryCriteria } from '@/lib/portfolio/logbook/entry-criteria';
import { impossibleEntryProblems } from '@/lib/portfolio/logbook/entry-rules';
import { fieldMessages, type LogbookEntryInput, LogbookEntryInputSchema } from '@/lib/portfolio/logbook/entry-schema';
import { LogbookRuleError } from '@/lib/portfolio/logbook/logbook-errors';
import { checkEntrySla, type EntrySla } from '@/lib/portfolio/logbook/sla-check';
import type { SlaTerms } from '@/lib/portfolio/logbook/sla-terms';
import type { LogbookClaims } from '@/lib/portfolio/practical-schemas';

export type PreparedEntry = { entry: LogbookEntryInput; sla: EntrySla; criteria: string[] };

const CORRECT_FIELDS = 'Please correct the fields marked below.';

/**
 * Checks what the learner wrote and works out what the SLA makes of it: refused per field when it
 * is malformed or could not have happened, otherwise the entry with its due times, flags and claims.
 */
export function prepareEntry(input: unknown, context: { now: Date; claims: LogbookClaims; terms: SlaTerms }): PreparedEntry {
  const parsed = LogbookEntryInputSchema.safeParse(input);
  if (!parsed.success) throw new LogbookRuleError('invalid', CORRECT_FIELDS, fieldMessages(parsed.error));
  const entry = parsed.data;
  const problems = impossibleEntryProblems(entry, context.now);
  if (Object.keys(problems).length > 0) throw new LogbookRuleError('invalid', 'This entry could not have happened as written: correct the times marked below.', problems);
  const sla = checkEntrySla(entry, context.terms);
  const criteria = entryCriteria(context.claims, { respondedInTime: sla.respondedInTime, escalated: entry.escalations.length > 0, followedUp: entry.followUp !== null });
  return { entry, sla, criteria };
}

/** The logbook row's own columns for a prepared entry. */
export function entryColumns({ entry, sla }: PreparedEntry) {
  return {
    reference: entry.reference,
    simulated: entry.simulated,
    loggedAt: entry.loggedAt,
    channel: entry.channel,
    customer: entry.customer,
    description: entry.description,
    impact: entry.impact,
    urgency: entry.urgency,
    priority: entry.priority,
    responseDueAt: sla.responseDueAt,
    respondedAt: entry.respondedAt,
    resolutionDueAt: sla.resolutionDueAt,
    resolvedAt: entry.resolvedAt,
    escalations: entry.escalations.map((escalation) => ({ to: escalation.to, at: escalation.at.toISOString(), why: escalation.why })),
    followUp: entry.followUp ? { at: entry.followUp.at.toISOString(), how: entry.followUp.how } : null,
    flags: sla.flags,
  };
}

export function evidenceTitle(reference: string): string {
  return `Ticket ${reference}`;
}
