/**
 * A date and a 24-hour time (SAST) typed as separate parts, and the one "YYYY-MM-DDTHH:mm" value
 * the quiz, the SLA tools and the forms already parse. The parts are text on purpose: a browser's
 * own date and time pickers follow its locale (often a 12-hour clock with AM/PM).
 */
import { parseLocalDate } from '@/lib/sla/time';

/** The parts as typed: any text in the date, digits only in the hour and minute. */
export type DateTimeParts = { date: string; hour: string; minute: string };
export type DateTimePart = keyof DateTimeParts;

export const EMPTY_PARTS: DateTimeParts = { date: '', hour: '', minute: '' };

export const DATE_EXAMPLE = '2026-03-04';

// Separators other than "-" and the compact form let a phone's number pad, which may lack "-", enter a date.
const DATE_SHAPE = /^(\d{4})[-/. ](\d{1,2})[-/. ](\d{1,2})$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

const pad = (text: string) => text.padStart(2, '0');

/** A date as typed in the canonical "YYYY-MM-DD", or null when it is not a real date. */
export function normaliseDate(text: string): string | null {
  const trimmed = text.trim();
  const match = DATE_SHAPE.exec(trimmed) ?? COMPACT_DATE.exec(trimmed);
  if (!match) return null;
  const date = `${match[1]}-${pad(match[2] ?? '')}-${pad(match[3] ?? '')}`;
  return parseLocalDate(date) === null ? null : date;
}

function normaliseNumber(text: string, max: number): string | null {
  const trimmed = text.trim();
  if (!/^\d{1,2}$/.test(trimmed) || Number(trimmed) > max) return null;
  return pad(trimmed);
}

/** "9" → "09"; null unless it is an hour on the 24-hour clock, 00 to 23. */
export const normaliseHour = (text: string) => normaliseNumber(text, 23);
/** "5" → "05"; null unless it is 00 to 59. */
export const normaliseMinute = (text: string) => normaliseNumber(text, 59);

/** What is wrong with a typed date, or null when it is a real date (or still empty). */
export function dateProblem(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '' || normaliseDate(trimmed) !== null) return null;
  if (DATE_SHAPE.test(trimmed) || COMPACT_DATE.test(trimmed)) return `${trimmed} is not a real date: check the month and the day.`;
  return `Write the date as YYYY-MM-DD, for example ${DATE_EXAMPLE}.`;
}

/** What is wrong with a typed hour, or null when it is 00 to 23 (or still empty). */
export function hourProblem(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '' || normaliseHour(trimmed) !== null) return null;
  return /^\d+$/.test(trimmed)
    ? `${trimmed} is not an hour on the 24-hour clock: hours go from 00 to 23.`
    : 'Write the hour as a number from 00 to 23.';
}

/** What is wrong with typed minutes, or null when they are 00 to 59 (or still empty). */
export function minuteProblem(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '' || normaliseMinute(trimmed) !== null) return null;
  return 'Write the minutes as a number from 00 to 59.';
}

export function partProblems(parts: DateTimeParts): Partial<Record<DateTimePart, string>> {
  const problems: Partial<Record<DateTimePart, string>> = {};
  const date = dateProblem(parts.date);
  const hour = hourProblem(parts.hour);
  const minute = minuteProblem(parts.minute);
  if (date) problems.date = date;
  if (hour) problems.hour = hour;
  if (minute) problems.minute = minute;
  return problems;
}

/**
 * The value a `<input type="datetime-local">` gave: "YYYY-MM-DDTHH:mm" once every part is valid,
 * '' while any is missing or wrong, so consumers see the same two states as before.
 */
export function combineParts(parts: DateTimeParts): string {
  const date = normaliseDate(parts.date);
  const hour = normaliseHour(parts.hour);
  const minute = normaliseMinute(parts.minute);
  return date && hour && minute ? `${date}T${hour}:${minute}` : '';
}

/** The parts of a stored value; some browsers stored seconds too, which are dropped. */
export function splitLocalDateTime(value: string): DateTimeParts {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(value);
  return match ? { date: match[1] ?? '', hour: match[2] ?? '', minute: match[3] ?? '' } : EMPTY_PARTS;
}

/** The parts tidied for display once left: "9" → "09", "2026/3/4" → "2026-03-04"; wrong text stays as typed. */
export function tidyParts(parts: DateTimeParts): DateTimeParts {
  return {
    date: normaliseDate(parts.date) ?? parts.date,
    hour: normaliseHour(parts.hour) ?? parts.hour,
    minute: normaliseMinute(parts.minute) ?? parts.minute,
  };
}

/** "HH:mm" from a typed hour and minute, single digits padded; '' when both are empty. Wrong text is kept for the schema to explain. */
export function timeFromParts(hour: string, minute: string): string {
  const part = (text: string) => (/^\d$/.test(text.trim()) ? pad(text.trim()) : text.trim());
  return hour.trim() === '' && minute.trim() === '' ? '' : `${part(hour)}:${part(minute)}`;
}

/**
 * A posted form's time: the field's hour and minute parts ("time.hour", "time.minute") as one
 * "HH:mm", so the parts post even without JavaScript; a form that sent "time" itself still works.
 */
export function postedTime(formData: FormData, name: string): string {
  const hour = formData.get(`${name}.hour`);
  const minute = formData.get(`${name}.minute`);
  if (typeof hour === 'string' || typeof minute === 'string') return timeFromParts(typeof hour === 'string' ? hour : '', typeof minute === 'string' ? minute : '');
  return String(formData.get(name) ?? '');
}
