import { z } from 'zod';
import { CHANNELS } from '@/lib/db/schema/portfolio';
import { validateSaIdNumber } from '@/lib/identity/sa-id-number';
import { LEVELS, PRIORITIES } from '@/lib/sla/priority';
import { formatLocalDateTime, parseLocalDateTime } from '@/lib/sla/time';
import { storableText } from '@/lib/forms/storable-text';

/**
 * What a learner writes in one logbook entry, as the form sends it (every value text) and as the
 * server keeps it. Date-times are 24-hour South African time written "YYYY-MM-DD HH:MM", whatever
 * the browser's locale; a field's error is keyed by its form name ("escalations.0.at").
 */

export const DATE_TIME_EXAMPLE = '2026-03-03 16:30';
const DATE_TIME_SHAPE = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})$/;

/** The instant a "YYYY-MM-DD HH:MM" SAST text names, 'shape' when it is not written so, 'unreal' when no such moment exists. */
export function parseSastDateTime(text: string): Date | 'shape' | 'unreal' {
  const match = DATE_TIME_SHAPE.exec(text.trim());
  if (!match) return 'shape';
  return parseLocalDateTime(`${match[1]}T${match[2]}`) ?? 'unreal';
}

/** An instant as the form shows it: "2026-03-03 16:30" (SAST, 24-hour). */
export function formatSastDateTime(instant: Date): string {
  return formatLocalDateTime(instant).replace('T', ' ');
}

/** Thirteen digits (spaces or hyphens between groups allowed) starting with a real date of birth: an SA ID number, valid or mistyped. */
export function looksLikeSaIdNumber(text: string): boolean {
  for (const match of text.matchAll(/(?<!\d)(?:\d[ -]?){12}\d(?!\d)/g)) {
    const result = validateSaIdNumber(match[0].replace(/\D/g, ''));
    if (result.ok || result.code === 'invalid-citizenship' || result.code === 'invalid-check-digit') return true;
  }
  return false;
}

const NO_ID_NUMBER = 'This looks like a South African ID number. Leave it out: the logbook needs no personal numbers (POPIA: collect only what you need).';

function plainText(what: string, max: number) {
  return storableText({ error: `Enter ${what}.` }).trim().min(1, `Enter ${what}.`).max(max, `Keep ${what} to ${max} characters.`);
}

/** Text about people: an ID number never belongs in it. */
function freeText(what: string, max: number) {
  return plainText(what, max).refine((text) => !looksLikeSaIdNumber(text), NO_ID_NUMBER);
}

function parsedDateTime(what: string, optional: boolean) {
  return storableText({ error: `Enter ${what}.` }).transform((text, ctx): Date | null => {
    if (text.trim() === '') {
      if (optional) return null;
      ctx.addIssue({ code: 'custom', message: `Enter ${what}.` });
      return z.NEVER;
    }
    const parsed = parseSastDateTime(text);
    if (parsed === 'shape') {
      ctx.addIssue({ code: 'custom', message: `Write ${what} as YYYY-MM-DD HH:MM in 24-hour time, for example ${DATE_TIME_EXAMPLE}.` });
      return z.NEVER;
    }
    if (parsed === 'unreal') {
      ctx.addIssue({ code: 'custom', message: `${text.trim()} is not a real date and time: check the day, month, hour (00–23) and minutes (00–59).` });
      return z.NEVER;
    }
    return parsed;
  });
}

function dateTime(what: string) {
  return parsedDateTime(what, false).pipe(z.date());
}

/** A date-time the learner may leave empty (not responded or not resolved yet). */
function optionalDateTime(what: string) {
  return parsedDateTime(what, true);
}

const EscalationSchema = z.strictObject({
  to: freeText('to whom you escalated (a role, such as "second-line network team")', 120),
  at: dateTime('when you escalated'),
  why: freeText('why you escalated', 500),
});

const FollowUpSchema = z.strictObject({
  at: dateTime('when you followed up'),
  how: freeText('how you followed up', 500),
});

export const LogbookEntryInputSchema = z.strictObject({
  // A desk's ticket number may be 13 digits that begin with a date; it is the desk's, not a person's.
  reference: plainText('the ticket reference', 60),
  simulated: z.boolean(),
  loggedAt: dateTime('when the ticket was logged'),
  channel: z.enum(CHANNELS, { error: `Choose the channel: ${CHANNELS.join(', ')}.` }),
  customer: freeText('the customer as a role or initials', 80),
  description: freeText('what the customer needed', 2000),
  impact: z.enum(LEVELS, { error: 'Choose the impact: High, Medium or Low.' }),
  urgency: z.enum(LEVELS, { error: 'Choose the urgency: High, Medium or Low.' }),
  priority: z.enum(PRIORITIES, { error: 'Choose the priority you assigned: P1, P2, P3 or P4.' }),
  respondedAt: optionalDateTime('when you first responded'),
  resolvedAt: optionalDateTime('when the ticket was resolved'),
  escalations: z.array(EscalationSchema).max(10, 'Record at most 10 escalations.'),
  followUp: FollowUpSchema.nullable(),
});

/** The form's values before parsing. */
export type LogbookEntryForm = z.input<typeof LogbookEntryInputSchema>;
/** A parsed entry: instants for every date-time. */
export type LogbookEntryInput = z.output<typeof LogbookEntryInputSchema>;

/** Zod issues as per-field messages, the first for each field, keyed by form name. */
export function fieldMessages(error: z.ZodError): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : 'form';
    messages[key] ??= issue.message;
  }
  return messages;
}
