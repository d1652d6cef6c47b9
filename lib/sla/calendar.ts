import { holidaysOn } from './holidays';
import type { Span } from './pauses';
import type { BusinessCalendar } from './schema';
import { type DayNumber, dayKey, dayStartMs, MINUTE_MS, WEEKDAYS, weekdayOf } from './time';

/** The brief's calendar: Monday to Friday, 09:00–17:00, closed on public holidays. */
export const DEFAULT_CALENDAR: BusinessCalendar = {
  workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  hours: { start: '09:00', end: '17:00' },
  workOnPublicHolidays: false,
  extraClosedDates: [],
};

/** Round the clock, every day, holidays included (e.g. a data-centre SLA). */
export const ALWAYS_OPEN_CALENDAR: BusinessCalendar = {
  workingDays: [...WEEKDAYS],
  hours: { start: '00:00', end: '24:00' },
  workOnPublicHolidays: true,
  extraClosedDates: [],
};

const CLOCK_TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

/** Minutes after midnight of an "HH:mm" time; "24:00" is the end of the day. */
export function clockMinutes(time: string): number {
  const m = CLOCK_TIME.exec(time);
  if (!m) throw new RangeError(`"${time}" is not a time of day written as HH:mm`);
  return m[1] === undefined ? 24 * 60 : Number(m[1]) * 60 + Number(m[2]);
}

export type ClosedDayKind = 'public-holiday' | 'closed-date' | 'weekend' | 'non-working-day';

export type ClosedDay = {
  /** Local date, "YYYY-MM-DD". */
  date: string;
  kind: ClosedDayKind;
  /** The holiday's name (with "(observed)" for a stand-in day), otherwise null. */
  name: string | null;
};

/** Why the desk is shut all day, or null when it opens. A holiday is named before a weekend. */
export function closedReason(day: DayNumber, calendar: BusinessCalendar): ClosedDay | null {
  const date = dayKey(day);
  if (!calendar.workOnPublicHolidays) {
    const holidays = holidaysOn(day);
    if (holidays.length > 0) {
      const name = holidays.map((h) => (h.observed ? `${h.name} (observed)` : h.name)).join(' and ');
      return { date, kind: 'public-holiday', name };
    }
  }
  if (calendar.extraClosedDates.includes(date)) return { date, kind: 'closed-date', name: null };
  const weekday = weekdayOf(day);
  if (!calendar.workingDays.includes(weekday)) {
    const kind = weekday === 'sat' || weekday === 'sun' ? 'weekend' : 'non-working-day';
    return { date, kind, name: null };
  }
  return null;
}

/** The open hours of a local day as instants (ms), or null when the desk is closed all day. */
export function openWindow(day: DayNumber, calendar: BusinessCalendar): Span | null {
  if (closedReason(day, calendar)) return null;
  const start = clockMinutes(calendar.hours.start);
  const end = clockMinutes(calendar.hours.end);
  if (end <= start) throw new RangeError('the working day must end after it starts');
  const midnight = dayStartMs(day);
  return { from: midnight + start * MINUTE_MS, to: midnight + end * MINUTE_MS };
}

/** Open working minutes in one full working day, e.g. 480 for 09:00–17:00. */
export function minutesPerWorkingDay(calendar: BusinessCalendar): number {
  return clockMinutes(calendar.hours.end) - clockMinutes(calendar.hours.start);
}
