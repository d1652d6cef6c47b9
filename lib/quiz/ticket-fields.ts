import { LEVEL_NAMES, type Level, PRIORITY_NAMES, type Priority } from '@/lib/sla/priority';

/**
 * The fields of a ticket log, in the order a service desk fills them in. One list serves the
 * schema, the form, the marker and the assessor's view, so a field added here is added everywhere
 * the compiler can point at. Browser-safe: no keys, no zod.
 */
export const TICKET_FIELD_IDS = [
  'callerName',
  'site',
  'contact',
  'problem',
  'affectedUsers',
  'businessEffect',
  'impact',
  'urgency',
  'priority',
  'loggedAt',
  'responseDue',
  'resolutionDue',
] as const;

export type TicketFieldId = (typeof TICKET_FIELD_IDS)[number];
export type TicketFieldKind = 'text' | 'long-text' | 'number' | 'level' | 'priority' | 'datetime';
export type TicketField = { label: string; kind: TicketFieldKind };

/** A `Record` over the ids, so the compiler points here when a field is added. */
export const TICKET_FIELDS: Readonly<Record<TicketFieldId, TicketField>> = {
  callerName: { label: 'Caller name', kind: 'text' },
  site: { label: 'Department and site', kind: 'text' },
  contact: { label: 'Contact number or e-mail', kind: 'text' },
  problem: { label: "Problem, in the caller's words", kind: 'long-text' },
  affectedUsers: { label: 'Users affected', kind: 'number' },
  businessEffect: { label: 'Effect on the business', kind: 'long-text' },
  impact: { label: 'Impact', kind: 'level' },
  urgency: { label: 'Urgency', kind: 'level' },
  priority: { label: 'Priority', kind: 'priority' },
  loggedAt: { label: 'Logged at', kind: 'datetime' },
  responseDue: { label: 'Response due', kind: 'datetime' },
  resolutionDue: { label: 'Resolution due', kind: 'datetime' },
};

export function ticketField(id: TicketFieldId): TicketField {
  return TICKET_FIELDS[id];
}

/** What a learner entered in one field, as the form and the marker read it. */
export type TicketEntry = {
  callerName?: string;
  site?: string;
  contact?: string;
  problem?: string;
  affectedUsers?: number;
  businessEffect?: string;
  impact?: Level;
  urgency?: Level;
  priority?: Priority;
  loggedAt?: string;
  responseDue?: string;
  resolutionDue?: string;
};

/** An entry's value in words: "High", "P1 (critical)", "2026-10-16 16:20"; null when empty. */
export function describeEntry(entry: TicketEntry, id: TicketFieldId): string | null {
  switch (id) {
    case 'affectedUsers':
      return entry.affectedUsers === undefined ? null : String(entry.affectedUsers);
    case 'impact':
    case 'urgency': {
      const level = entry[id];
      return level === undefined ? null : LEVEL_NAMES[level];
    }
    case 'priority':
      return entry.priority === undefined ? null : priorityLabel(entry.priority);
    case 'loggedAt':
    case 'responseDue':
    case 'resolutionDue':
      return entry[id]?.replace('T', ' ') ?? null;
    default: {
      const text = entry[id]?.trim() ?? '';
      return text === '' ? null : text;
    }
  }
}

export function priorityLabel(priority: Priority): string {
  return `${priority} (${PRIORITY_NAMES[priority]})`;
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** What the learner sees of a ticket item's shape: the fields asked and the message's word limits. */
export type TicketShape = {
  fields: readonly TicketFieldId[];
  message: { minWords: number; maxWords: number | null } | null;
};

/**
 * Null when a ticket answer may be submitted: every field asked is filled in and the message, when
 * the item asks for one, is written within its word limits. Otherwise what is missing, in words;
 * the browser and the server give the same reason.
 */
export function ticketGaps(shape: TicketShape, entry: TicketEntry, message: string | undefined): string | null {
  const empty = shape.fields.filter((id) => describeEntry(entry, id) === null).map((id) => ticketField(id).label);
  const gaps: string[] = [];
  if (empty.length > 0) gaps.push(`${empty.length} ticket field${empty.length === 1 ? '' : 's'} empty (${empty.join(', ')})`);
  if (shape.message !== null) {
    const words = wordCount(message ?? '');
    if (words === 0) gaps.push('the message to the customer is not written');
    else if (words < shape.message.minWords) gaps.push(`the message has ${words} words; at least ${shape.message.minWords} needed`);
    else if (shape.message.maxWords !== null && words > shape.message.maxWords) gaps.push(`the message has ${words} words; at most ${shape.message.maxWords} allowed`);
  }
  return gaps.length === 0 ? null : gaps.join('; ');
}
