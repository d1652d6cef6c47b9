/**
 * South African wall time. SAST is UTC+2 all year (no daylight saving), so a fixed offset converts
 * between instants (`Date`, UTC) and local dates and times without any time-zone database.
 */

export const SAST_OFFSET_MINUTES = 120;

export const MINUTE_MS = 60_000;
export const DAY_MS = 24 * 60 * MINUTE_MS;
const OFFSET_MS = SAST_OFFSET_MINUTES * MINUTE_MS;

/** Weekday codes in `Date#getUTCDay` order (0 = Sunday). */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A local calendar day, counted in days since 1970-01-01 (SAST). */
export type DayNumber = number;

export function localDayNumber(instant: Date | number): DayNumber {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  return Math.floor((ms + OFFSET_MS) / DAY_MS);
}

/** The instant (ms since epoch) at which a local day starts, 00:00 SAST. */
export function dayStartMs(day: DayNumber): number {
  return day * DAY_MS - OFFSET_MS;
}

export function weekdayOf(day: DayNumber): Weekday {
  // Day 0 (1 Jan 1970) was a Thursday.
  return WEEKDAYS[(((day + 4) % 7) + 7) % 7] ?? 'sun';
}

/** The local date of a day as "YYYY-MM-DD". */
export function dayKey(day: DayNumber): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function dayNumberFromParts(year: number, month: number, day: number): DayNumber {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

function validParts(year: number, month: number, day: number): boolean {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
}

/** Parses a local "YYYY-MM-DD"; null when it is not a real date. */
export function parseLocalDate(text: string): DayNumber | null {
  const m = LOCAL_DATE.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return validParts(year, month, day) ? dayNumberFromParts(year, month, day) : null;
}

/** Parses a local SAST "YYYY-MM-DDTHH:mm" into an instant; null when it is not a real moment. */
export function parseLocalDateTime(text: string): Date | null {
  const m = LOCAL_DATE_TIME.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  if (!validParts(year, month, day) || hour > 23 || minute > 59) return null;
  return new Date(dayStartMs(dayNumberFromParts(year, month, day)) + (hour * 60 + minute) * MINUTE_MS);
}

/** Like `parseLocalDateTime`, for values that must be right (examples, fixtures): throws when not. */
export function requireLocalDateTime(text: string): Date {
  const instant = parseLocalDateTime(text);
  if (!instant) throw new RangeError(`"${text}" is not a real local date and time written as YYYY-MM-DDTHH:mm`);
  return instant;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Minutes since local midnight, 0–1439. */
export function localMinuteOfDay(instant: Date): number {
  const ms = instant.getTime() + OFFSET_MS;
  return Math.floor((((ms % DAY_MS) + DAY_MS) % DAY_MS) / MINUTE_MS);
}

/** "HH:mm" in SAST. */
export function formatLocalTime(instant: Date): string {
  const minutes = localMinuteOfDay(instant);
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** "YYYY-MM-DDTHH:mm" in SAST, the value of the course's date-time fields and quiz answers. */
export function formatLocalDateTime(instant: Date): string {
  return `${dayKey(localDayNumber(instant))}T${formatLocalTime(instant)}`;
}

/** "Tue 3 Mar 2026". */
export function formatReadableDate(day: DayNumber): string {
  const d = new Date(day * DAY_MS);
  return `${WEEKDAY_NAMES[d.getUTCDay()]} ${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "Tue 3 Mar 2026, 09:30" in SAST. */
export function formatReadable(instant: Date): string {
  return `${formatReadableDate(localDayNumber(instant))}, ${formatLocalTime(instant)}`;
}

/** A span of minutes in words: "15 min", "1 h", "1 h 30 min", "72 h". */
export function formatDuration(minutes: number): string {
  const whole = Math.round(minutes);
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

export function isValidDate(value: Date): boolean {
  return !Number.isNaN(value.getTime());
}
