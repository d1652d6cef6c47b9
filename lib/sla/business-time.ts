import { DEFAULT_CALENDAR, openWindow } from './calendar';
import type { Span } from './pauses';
import type { BusinessCalendar } from './schema';
import { isValidDate, localDayNumber, MINUTE_MS } from './time';

/**
 * Business-time arithmetic: the SLA clock runs only while the desk is open and the ticket is not
 * paused. Everything works in whole milliseconds so results are exact.
 */

// Ten years without one open minute means the calendar can never open: stop instead of looping.
const MAX_CLOSED_DAYS = 3660;

/** The instant in ms, or a clear error naming the bad value. */
export function requireDate(value: Date, label: string): number {
  if (!(value instanceof Date) || !isValidDate(value)) throw new RangeError(`${label} must be a valid date and time`);
  return value.getTime();
}

/** The parts of `span` not covered by the sorted, merged `exclusions`. */
function subtract(span: Span, exclusions: readonly Span[]): Span[] {
  const parts: Span[] = [];
  let cursor = span.from;
  for (const ex of exclusions) {
    if (ex.to <= cursor) continue;
    if (ex.from >= span.to) break;
    if (ex.from > cursor) parts.push({ from: cursor, to: ex.from });
    cursor = Math.max(cursor, ex.to);
    if (cursor >= span.to) break;
  }
  if (cursor < span.to) parts.push({ from: cursor, to: span.to });
  return parts;
}

/** The spans in which the clock runs, in order, from `fromMs` onwards without end. */
export function* runningSpans(fromMs: number, calendar: BusinessCalendar, exclusions: readonly Span[] = []): Generator<Span> {
  let day = localDayNumber(fromMs);
  let closedDays = 0;
  for (;;) {
    const window = openWindow(day, calendar);
    day += 1;
    if (!window) {
      closedDays += 1;
      if (closedDays > MAX_CLOSED_DAYS) throw new RangeError('the business calendar never opens: check its working days');
      continue;
    }
    closedDays = 0;
    if (window.to <= fromMs) continue;
    yield* subtract({ from: Math.max(window.from, fromMs), to: window.to }, exclusions);
  }
}

/** The instant the running clock has used up `durationMs` of business time after `startMs`. */
export function addRunningTime(
  startMs: number,
  durationMs: number,
  calendar: BusinessCalendar,
  exclusions: readonly Span[] = [],
): number {
  let remaining = durationMs;
  for (const span of runningSpans(startMs, calendar, exclusions)) {
    const available = span.to - span.from;
    if (remaining <= available) return span.from + remaining;
    remaining -= available;
  }
  throw new RangeError('the business calendar never opens');
}

/** Running time (ms) between two instants, a ≤ b. */
export function runningTimeBetween(aMs: number, bMs: number, calendar: BusinessCalendar, exclusions: readonly Span[] = []): number {
  let total = 0;
  for (const span of runningSpans(aMs, calendar, exclusions)) {
    if (span.from >= bMs) break;
    total += Math.min(span.to, bMs) - span.from;
  }
  return total;
}

/**
 * The instant `minutes` of business time after `start`. A start outside working hours counts
 * from the next opening; a target that ends exactly at closing time is due at closing time.
 */
export function addBusinessMinutes(start: Date, minutes: number, calendar: BusinessCalendar = DEFAULT_CALENDAR): Date {
  const startMs = requireDate(start, 'the start');
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`minutes must be a number of zero or more, not ${minutes}`);
  }
  return new Date(addRunningTime(startMs, minutes * MINUTE_MS, calendar));
}

/** Business minutes from `a` to `b`; negative when `b` is before `a`. */
export function businessMinutesBetween(a: Date, b: Date, calendar: BusinessCalendar = DEFAULT_CALENDAR): number {
  const aMs = requireDate(a, 'the first instant');
  const bMs = requireDate(b, 'the second instant');
  if (bMs < aMs) return -businessMinutesBetween(b, a, calendar);
  return runningTimeBetween(aMs, bMs, calendar) / MINUTE_MS;
}

/** `instant` itself when the desk is open then, otherwise the moment it next opens. */
export function nextOpening(instant: Date, calendar: BusinessCalendar = DEFAULT_CALENDAR): Date {
  return new Date(addRunningTime(requireDate(instant, 'the instant'), 0, calendar));
}

/** Whether the desk is open at `instant` (opening time counts as open, closing time does not). */
export function isOpenAt(instant: Date, calendar: BusinessCalendar = DEFAULT_CALENDAR): boolean {
  const ms = requireDate(instant, 'the instant');
  const window = openWindow(localDayNumber(ms), calendar);
  return window !== null && ms >= window.from && ms < window.to;
}
