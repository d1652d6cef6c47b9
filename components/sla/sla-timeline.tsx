import { DEFAULT_CALENDAR } from '@/lib/sla/calendar';
import { dueTimes } from '@/lib/sla/due-times';
import { formatDuration, formatLocalTime, formatReadable, MINUTE_MS, requireLocalDateTime } from '@/lib/sla/time';
import { type TimelineSegment, timelineSegments } from '@/lib/sla/timeline';
import { TimelineBar, TimelineLegend } from './timeline-bar';

/**
 * The brief's worked case: a P2 logged at 16:30 on a 09:00–17:00 calendar. Every time shown is
 * calculated by lib/sla, so the picture and the words cannot drift from the rules.
 */

const EXAMPLE_LOGGED = '2026-03-03T16:30';
const EXAMPLE_PRIORITY = 'P2';
// Show a little of the working day either side of the two moments.
const PADDING_MS = 90 * MINUTE_MS;

function minutesIn(segment: TimelineSegment): number {
  return (segment.to.getTime() - segment.from.getTime()) / MINUTE_MS;
}

function shortLabel(instant: Date): string {
  return `${formatReadable(instant).slice(0, 3)} ${formatLocalTime(instant)}`;
}

export function SlaTimeline() {
  const loggedAt = requireLocalDateTime(EXAMPLE_LOGGED);
  const due = dueTimes({ loggedAt, priority: EXAMPLE_PRIORITY, calendar: DEFAULT_CALENDAR });
  const from = new Date(loggedAt.getTime() - PADDING_MS);
  const to = new Date(due.responseDue.getTime() + PADDING_MS);
  const segments = timelineSegments(from, to, DEFAULT_CALENDAR);
  const ticks = segments.slice(1).map((s) => ({ at: s.from, label: shortLabel(s.from) }));
  let used = 0;
  const steps = timelineSegments(loggedAt, due.responseDue, DEFAULT_CALENDAR).map((segment) => {
    if (segment.kind === 'open') used += minutesIn(segment);
    return { segment, used };
  });

  return (
    <figure className="not-prose my-6 rounded-lg border border-slate-300 p-4">
      <figcaption className="mb-3 font-semibold text-slate-900">
        Worked example: a {EXAMPLE_PRIORITY} ticket with a {formatDuration(due.responseMinutes)} response target, logged at{' '}
        {formatReadable(loggedAt)}. Service hours are Monday to Friday, {DEFAULT_CALENDAR.hours.start}–
        {DEFAULT_CALENDAR.hours.end}.
      </figcaption>
      <TimelineBar
        from={from}
        to={to}
        segments={segments}
        markers={[
          { at: loggedAt, symbol: '1' },
          { at: due.responseDue, symbol: '2' },
        ]}
        ticks={ticks}
      />
      <TimelineLegend kinds={['open', 'closed']} />
      <ol className="mt-3 list-none space-y-1 text-sm text-slate-800">
        <li>
          <strong>1 Logged:</strong> {formatReadable(loggedAt)}. The clock starts.
        </li>
        {steps.map(({ segment: s, used: usedSoFar }) =>
          s.kind === 'open' ? (
            <li key={s.from.getTime()}>
              {formatReadable(s.from)} to {formatLocalTime(s.to)}: open, {formatDuration(minutesIn(s))} counted (
              {formatDuration(usedSoFar)} of {formatDuration(due.responseMinutes)} used).
            </li>
          ) : (
            <li key={s.from.getTime()}>
              {formatReadable(s.from)} to {formatReadable(s.to)}: closed, so the clock stops.
            </li>
          ),
        )}
        <li>
          <strong>2 Response due:</strong> {formatReadable(due.responseDue)}, the next working day.
        </li>
      </ol>
    </figure>
  );
}
