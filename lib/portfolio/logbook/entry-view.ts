import { z } from 'zod';
import type { evidence, logbookEntry } from '@/lib/db/schema';
import type { Channel, EvidenceState } from '@/lib/db/schema/portfolio';
import { LEVELS, type Level, PRIORITIES, type Priority, priorityFor } from '@/lib/sla/priority';

const StoredEscalationsSchema = z.array(z.strictObject({ to: z.string(), at: z.iso.datetime({ offset: true }), why: z.string() }));
const StoredFollowUpSchema = z.strictObject({ at: z.iso.datetime({ offset: true }), how: z.string() }).nullable();
const StoredLevel = z.enum(LEVELS);
const StoredPriority = z.enum(PRIORITIES);

/** An entry as every page shows it, with its evidence's state and claims. */
export type LogbookEntryView = {
  id: string;
  learnerId: string;
  reference: string;
  simulated: boolean;
  loggedAt: Date;
  channel: Channel;
  customer: string;
  description: string;
  impact: Level;
  urgency: Level;
  priority: Priority;
  gridPriority: Priority;
  responseDueAt: Date;
  respondedAt: Date | null;
  resolutionDueAt: Date;
  resolvedAt: Date | null;
  escalations: { to: string; at: Date; why: string }[];
  followUp: { at: Date; how: string } | null;
  flags: string[];
  countersignedBy: string | null;
  countersignedAt: Date | null;
  evidenceId: string;
  state: EvidenceState;
  criteria: string[];
};

/** A stored row as a view; stored JSON is parsed again, never trusted for its shape. */
export function toEntryView(entry: typeof logbookEntry.$inferSelect, piece: typeof evidence.$inferSelect): LogbookEntryView {
  const impact = StoredLevel.parse(entry.impact);
  const urgency = StoredLevel.parse(entry.urgency);
  const followUp = StoredFollowUpSchema.parse(entry.followUp ?? null);
  return {
    id: entry.id,
    learnerId: entry.learnerId,
    reference: entry.reference,
    simulated: entry.simulated,
    loggedAt: entry.loggedAt,
    channel: entry.channel,
    customer: entry.customer,
    description: entry.description,
    impact,
    urgency,
    priority: StoredPriority.parse(entry.priority),
    gridPriority: priorityFor(impact, urgency),
    responseDueAt: entry.responseDueAt,
    respondedAt: entry.respondedAt,
    resolutionDueAt: entry.resolutionDueAt,
    resolvedAt: entry.resolvedAt,
    escalations: StoredEscalationsSchema.parse(entry.escalations).map((escalation) => ({ ...escalation, at: new Date(escalation.at) })),
    followUp: followUp ? { at: new Date(followUp.at), how: followUp.how } : null,
    flags: z.array(z.string()).parse(entry.flags),
    countersignedBy: entry.countersignedBy,
    countersignedAt: entry.countersignedAt,
    evidenceId: piece.id,
    state: piece.state,
    criteria: piece.criteria,
  };
}
