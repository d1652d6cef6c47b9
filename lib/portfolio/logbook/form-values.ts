import { formatSastDateTime } from '@/lib/portfolio/logbook/entry-schema';
import type { LogbookEntryView } from '@/lib/portfolio/logbook/entry-view';

/** An entry as its form writes it, to start an edit from. */
export function entryFormValues(entry: LogbookEntryView): { values: Record<string, string>; escalations: { to: string; at: string; why: string }[] } {
  const when = (at: Date | null) => (at ? formatSastDateTime(at) : '');
  return {
    values: {
      reference: entry.reference,
      ...(entry.simulated ? { simulated: 'on' } : {}),
      loggedAt: when(entry.loggedAt),
      channel: entry.channel,
      customer: entry.customer,
      description: entry.description,
      impact: entry.impact,
      urgency: entry.urgency,
      priority: entry.priority,
      respondedAt: when(entry.respondedAt),
      resolvedAt: when(entry.resolvedAt),
      'followUp.at': when(entry.followUp?.at ?? null),
      'followUp.how': entry.followUp?.how ?? '',
    },
    escalations: entry.escalations.map((escalation) => ({ to: escalation.to, at: when(escalation.at), why: escalation.why })),
  };
}
