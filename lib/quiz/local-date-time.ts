/**
 * Local South African date-times ("2026-03-04T09:30") as whole minutes on the wall clock.
 * SAST has no daylight saving, so wall-clock minutes subtract to real elapsed minutes and no
 * time-zone arithmetic is needed, in the browser or on the server.
 */

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Minutes since 1970-01-01T00:00 on the wall clock, or null when the text is not a real date-time. */
export function localDateTimeToMinutes(value: string): number | null {
  const match = PATTERN.exec(value);
  if (match === null) return null;
  const [year = Number.NaN, month = Number.NaN, day = Number.NaN, hour = Number.NaN, minute = Number.NaN] = match
    .slice(1)
    .map(Number);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return null;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  // 31 April rolls over to 1 May: a date that does not round-trip does not exist.
  if (date.getUTCDate() !== day) return null;
  return date.getTime() / 60_000 + hour * 60 + minute;
}

/** "2026-03-04T09:30" → "2026-03-04 09:30", the way a ticket shows it. */
export function formatLocalDateTime(value: string): string {
  return value.replace('T', ' ');
}
