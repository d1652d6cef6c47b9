import type { SegmentKind, TimelineSegment } from '@/lib/sla/timeline';

/**
 * A horizontal picture of a ticket's clock. It is hidden from assistive technology: every caller
 * shows the same facts as text beside it.
 */

export type TimelineMarker = { at: Date; symbol: string };
export type TimelineTick = { at: Date; label: string };

export const SEGMENT_STYLES: Readonly<Record<SegmentKind, string>> = {
  open: 'bg-emerald-600',
  closed: 'bg-[repeating-linear-gradient(135deg,#cbd5e1_0_4px,#f1f5f9_4px_8px)]',
  paused: 'bg-[repeating-linear-gradient(90deg,#b45309_0_3px,#fcd34d_3px_6px)]',
};

export const SEGMENT_LABELS: Readonly<Record<SegmentKind, string>> = {
  open: 'Open: the clock runs',
  closed: 'Closed: nights, weekends and holidays',
  paused: 'Paused: waiting on someone else',
};

type Props = {
  from: Date;
  to: Date;
  segments: readonly TimelineSegment[];
  markers: readonly TimelineMarker[];
  ticks: readonly TimelineTick[];
};

export function TimelineBar({ from, to, segments, markers, ticks }: Props) {
  const span = to.getTime() - from.getTime();
  const at = (instant: Date) => `${Math.min(100, Math.max(0, ((instant.getTime() - from.getTime()) / span) * 100))}%`;
  const width = (s: TimelineSegment) => `${((s.to.getTime() - s.from.getTime()) / span) * 100}%`;
  return (
    <div aria-hidden="true" className="select-none">
      <div className="relative h-6">
        {markers.map((m) => (
          <span
            key={m.symbol}
            className="absolute top-0 flex h-6 w-6 -translate-x-1/2 items-center justify-center rounded-full bg-slate-900 text-xs font-bold text-white"
            style={{ left: at(m.at) }}
          >
            {m.symbol}
          </span>
        ))}
      </div>
      <div className="relative h-8 overflow-hidden rounded border border-slate-500">
        {segments.map((s) => (
          <span
            key={s.from.getTime()}
            className={`absolute inset-y-0 ${SEGMENT_STYLES[s.kind]}`}
            style={{ left: at(s.from), width: width(s) }}
          />
        ))}
        {markers.map((m) => (
          <span key={m.symbol} className="absolute inset-y-0 w-0.5 -translate-x-1/2 bg-slate-900" style={{ left: at(m.at) }} />
        ))}
      </div>
      <div className="relative h-5 overflow-hidden text-xs text-slate-700">
        {ticks.map((t) => (
          <span key={t.at.getTime()} className="absolute top-0 whitespace-nowrap border-l border-slate-500 pl-1" style={{ left: at(t.at) }}>
            {t.label}
          </span>
        ))}
      </div>
    </div>
  );
}

/** The key to the bar's patterns, as a list a screen reader can read. */
export function TimelineLegend({ kinds }: { kinds: readonly SegmentKind[] }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800">
      {kinds.map((kind) => (
        <li key={kind} className="flex items-center gap-2">
          <span aria-hidden="true" className={`inline-block h-4 w-6 rounded-sm border border-slate-500 ${SEGMENT_STYLES[kind]}`} />
          {SEGMENT_LABELS[kind]}
        </li>
      ))}
    </ul>
  );
}
