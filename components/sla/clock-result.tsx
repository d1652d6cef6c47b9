import type { ClosedDay } from '@/lib/sla/calendar';
import { PAUSE_REASON_LABELS } from '@/lib/sla/pauses';
import type { BusinessCalendar } from '@/lib/sla/schema';
import { formatDuration, formatReadable, formatReadableDate, parseLocalDate } from '@/lib/sla/time';
import type { ClockView } from './clock-explorer-model';
import { TimelineBar, TimelineLegend } from './timeline-bar';

function describeClosedDay(day: ClosedDay): string {
  const number = parseLocalDate(day.date);
  const date = number === null ? day.date : formatReadableDate(number);
  if (day.kind === 'public-holiday') return `${date}: ${day.name}, a public holiday`;
  if (day.kind === 'weekend') return `${date}: weekend`;
  if (day.kind === 'closed-date') return day.name ? `${date}: ${day.name}, a day your training provider is closed` : `${date}: a closed day in the SLA`;
  return `${date}: not a working day in the SLA`;
}

/** The due times, the timeline picture and the same facts in words. */
export function ClockResult({ view, calendar }: { view: ClockView; calendar: BusinessCalendar }) {
  const { due } = view;
  const roundTheClock = calendar.hours.start === '00:00' && calendar.hours.end === '24:00';
  const kinds = view.segments.some((s) => s.kind === 'paused') ? (['open', 'closed', 'paused'] as const) : (['open', 'closed'] as const);
  return (
    <div className="mt-4">
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Response due</dt>
        <dd>
          {formatReadable(due.responseDue)} ({formatDuration(due.responseMinutes)} of business time)
        </dd>
        <dt className="font-semibold">Resolution due</dt>
        <dd>
          {formatReadable(due.resolutionDue)} ({formatDuration(due.resolutionMinutes)} of business time)
        </dd>
        {due.pausedMinutes > 0 ? (
          <>
            <dt className="font-semibold">Clock paused for</dt>
            <dd>{formatDuration(due.pausedMinutes)} of business time</dd>
          </>
        ) : null}
      </dl>

      <h3 className="mt-4 font-semibold text-slate-900">Timeline</h3>
      <div className="mt-1">
        <TimelineBar
          from={view.range.from}
          to={view.range.to}
          segments={view.segments}
          markers={[
            { at: view.loggedAt, symbol: '1' },
            { at: due.responseDue, symbol: '2' },
            { at: due.resolutionDue, symbol: '3' },
          ]}
          ticks={view.ticks}
        />
        <TimelineLegend kinds={kinds} />
      </div>

      <ol className="mt-3 list-none space-y-1 text-sm text-slate-800">
        <li>
          <strong>1 Logged:</strong> {formatReadable(view.loggedAt)}
          {due.clockStartsAt.getTime() > view.loggedAt.getTime()
            ? `, while the desk was closed. The clock starts at ${formatReadable(due.clockStartsAt)}.`
            : '. The clock starts at once.'}
        </li>
        {view.pauses.map((p) => (
          <li key={p.from.getTime()}>
            Paused from {formatReadable(p.from)} to {formatReadable(p.to)}: {PAUSE_REASON_LABELS[p.reason]}.
          </li>
        ))}
        <li>
          <strong>2 Response due:</strong> {formatReadable(due.responseDue)}
        </li>
        <li>
          <strong>3 Resolution due:</strong> {formatReadable(due.resolutionDue)}
        </li>
      </ol>

      <p className="mt-3 text-sm text-slate-800">
        {roundTheClock
          ? 'This SLA runs round the clock, so no nights, weekends or holidays are skipped.'
          : `On working days the clock stops outside ${calendar.hours.start}–${calendar.hours.end}.`}{' '}
        {view.closedDays.length === 0 && !roundTheClock ? 'No weekends or public holidays fall before the resolution is due.' : null}
      </p>
      {view.closedDays.length > 0 ? (
        <>
          <p className="mt-1 text-sm text-slate-800">The clock also skips these whole days:</p>
          <ul className="list-disc pl-5 text-sm text-slate-800">
            {view.closedDays.map((day) => (
              <li key={day.date}>{describeClosedDay(day)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
