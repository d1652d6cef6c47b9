import { localDateTimeToMinutes } from '@/lib/quiz/local-date-time';
import { TICKET_FIELD_IDS, type TicketEntry, type TicketFieldId } from '@/lib/quiz/ticket-fields';
import { LEVELS, PRIORITIES } from '@/lib/sla/priority';

/** A ticket form as typed: every field as its control's text, '' while empty. */
export type TicketDraft = { type: 'ticket'; fields: Partial<Record<TicketFieldId, string>>; message: string };

/** Reads one field's text into the entry; false when it is empty or not yet a valid value. */
function readField(entry: TicketEntry, id: TicketFieldId, raw: string): boolean {
  const text = raw.trim();
  if (text === '') return false;
  switch (id) {
    case 'affectedUsers':
      if (!/^\d{1,7}$/.test(text)) return false;
      entry.affectedUsers = Number(text);
      return true;
    case 'impact':
    case 'urgency': {
      const level = LEVELS.find((candidate) => candidate === text);
      if (level === undefined) return false;
      entry[id] = level;
      return true;
    }
    case 'priority': {
      const priority = PRIORITIES.find((candidate) => candidate === text);
      if (priority === undefined) return false;
      entry.priority = priority;
      return true;
    }
    case 'loggedAt':
    case 'responseDue':
    case 'resolutionDue': {
      // Values saved from the browser's own date-time picker may carry seconds; the log is to the minute.
      const value = text.slice(0, 16);
      if (localDateTimeToMinutes(value) === null) return false;
      entry[id] = value;
      return true;
    }
    default:
      entry[id] = raw;
      return true;
  }
}

/** The entry the form holds so far, and whether every field asked holds a valid value. */
export function entryFromDraft(fields: readonly TicketFieldId[], draft: TicketDraft): { entry: TicketEntry; complete: boolean } {
  const entry: TicketEntry = {};
  let complete = true;
  for (const id of fields) {
    if (!readField(entry, id, draft.fields[id] ?? '')) complete = false;
  }
  return { entry, complete };
}

/** The form's text for a saved entry. */
export function draftFromEntry(entry: TicketEntry, message: string | undefined): TicketDraft {
  const fields: Partial<Record<TicketFieldId, string>> = {};
  for (const id of TICKET_FIELD_IDS) {
    const value = entry[id];
    if (value !== undefined) fields[id] = String(value);
  }
  return { type: 'ticket', fields, message: message ?? '' };
}
