import { requireDate, runningSpans } from './business-time';
import { type ClosedDay, closedReason, DEFAULT_CALENDAR } from './calendar';
import { mergePauses, type Span } from './pauses';
import type { BusinessCalendar, Pause } from './schema';
import { localDayNumber } from './time';

/** Data for drawing a ticket's clock: which stretches of time were open, closed or paused. */

export type SegmentKind = 'open' | 'closed' | 'paused';
export type TimelineSegment = { from: Date; to: Date; kind: SegmentKind };

function intersect(span: Span, others: readonly Span[]): Span[] {
  return others
    .map((o) => ({ from: Math.max(span.from, o.from), to: Math.min(span.to, o.to) }))
    .filter((s) => s.to > s.from);
}

/**
 * Consecutive segments covering [from, to]. Paused marks only open time inside a pause:
 * a night inside a pause is closed either way, and the clock is stopped in both.
 */
export function timelineSegments(
  from: Date,
  to: Date,
  calendar: BusinessCalendar = DEFAULT_CALENDAR,
  pauses: readonly Pause[] = [],
): TimelineSegment[] {
  const fromMs = requireDate(from, 'the timeline start');
  const toMs = requireDate(to, 'the timeline end');
  if (toMs <= fromMs) throw new RangeError('the timeline must end after it starts');
  const paused = mergePauses(pauses);

  const raw: { from: number; to: number; kind: SegmentKind }[] = [];
  let cursor = fromMs;
  for (const open of runningSpans(fromMs, calendar)) {
    if (open.from >= toMs) break;
    const span = { from: open.from, to: Math.min(open.to, toMs) };
    if (span.from > cursor) raw.push({ from: cursor, to: span.from, kind: 'closed' });
    const stops = intersect(span, paused);
    let inner = span.from;
    for (const stop of stops) {
      if (stop.from > inner) raw.push({ from: inner, to: stop.from, kind: 'open' });
      raw.push({ ...stop, kind: 'paused' });
      inner = stop.to;
    }
    if (inner < span.to) raw.push({ from: inner, to: span.to, kind: 'open' });
    cursor = span.to;
  }
  if (cursor < toMs) raw.push({ from: cursor, to: toMs, kind: 'closed' });

  // Join neighbours of one kind, e.g. the midnight seam of a 24-hour calendar.
  const joined: typeof raw = [];
  for (const segment of raw) {
    const last = joined.at(-1);
    if (last && last.kind === segment.kind && last.to === segment.from) last.to = segment.to;
    else joined.push({ ...segment });
  }
  return joined.map((s) => ({ from: new Date(s.from), to: new Date(s.to), kind: s.kind }));
}

/** Every whole local day from the day of `from` to the day of `to` on which the desk stays shut. */
export function closedDaysBetween(from: Date, to: Date, calendar: BusinessCalendar = DEFAULT_CALENDAR): ClosedDay[] {
  const first = localDayNumber(requireDate(from, 'the start'));
  const last = localDayNumber(requireDate(to, 'the end'));
  const days: ClosedDay[] = [];
  for (let day = first; day <= last; day += 1) {
    const reason = closedReason(day, calendar);
    if (reason) days.push(reason);
  }
  return days;
}
