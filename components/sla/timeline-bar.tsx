import { useId } from 'react';
import type { SegmentKind, TimelineSegment } from '@/lib/sla/timeline';

/**
 * A horizontal picture of a ticket's clock. It is hidden from assistive technology: every caller
 * shows the same facts as text beside it.
 */

export type TimelineMarker = { at: Date; symbol: string };
export type TimelineTick = { at: Date; label: string };

export const SEGMENT_STYLES: Readonly<Record<SegmentKind, string>> = {
  open: 'bg-emerald-600',
  closed: 'bg-[repeating-linear-gradient(135deg,var(--color-slate-300)_0_4px,var(--color-slate-100)_4px_8px)]',
  paused: 'bg-[repeating-linear-gradient(90deg,var(--color-amber-700)_0_3px,var(--color-amber-300)_3px_6px)]',
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

/** The bar's fills, matching the legend's CSS backgrounds above; palette classes, so the dark theme turns them over too. */
function SegmentPatterns({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={`${id}-closed`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="8" height="8" className="fill-slate-100" />
        <rect width="4" height="8" className="fill-slate-300" />
      </pattern>
      <pattern id={`${id}-paused`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="fill-amber-300" />
        <rect width="3" height="6" className="fill-amber-700" />
      </pattern>
    </defs>
  );
}

/**
 * Drawn in SVG, placed by percentages in its attributes: the page's Content-Security-Policy refuses
 * `style=` attributes in server-rendered HTML, so absolutely positioned spans cannot be used.
 */
export function TimelineBar({ from, to, segments, markers, ticks }: Props) {
  const id = useId();
  const span = to.getTime() - from.getTime();
  const at = (instant: Date) => `${Math.min(100, Math.max(0, ((instant.getTime() - from.getTime()) / span) * 100))}%`;
  const width = (s: TimelineSegment) => `${((s.to.getTime() - s.from.getTime()) / span) * 100}%`;
  const fill = (kind: SegmentKind) => (kind === 'open' ? undefined : `url(#${id}-${kind})`);
  return (
    <div aria-hidden="true" className="select-none">
      <svg aria-hidden="true" className="block h-6 w-full overflow-visible">
        {markers.map((m) => (
          <g key={m.symbol}>
            <circle cx={at(m.at)} cy="12" r="12" className="fill-slate-900" />
            <text x={at(m.at)} y="12" textAnchor="middle" dominantBaseline="central" className="fill-white text-xs font-bold">
              {m.symbol}
            </text>
          </g>
        ))}
      </svg>
      <div className="h-8 overflow-hidden rounded border border-slate-500">
        <svg aria-hidden="true" className="block h-full w-full">
          <SegmentPatterns id={id} />
          {segments.map((s) => (
            <rect key={s.from.getTime()} x={at(s.from)} y="0" width={width(s)} height="100%" fill={fill(s.kind)} className={s.kind === 'open' ? 'fill-emerald-600' : undefined} data-kind={s.kind} />
          ))}
          {markers.map((m) => (
            <line key={m.symbol} x1={at(m.at)} x2={at(m.at)} y1="0" y2="100%" strokeWidth="2" className="stroke-slate-900" />
          ))}
        </svg>
      </div>
      <svg aria-hidden="true" className="block h-5 w-full text-xs">
        {ticks.map((t) => (
          <g key={t.at.getTime()}>
            <line x1={at(t.at)} x2={at(t.at)} y1="0" y2="100%" strokeWidth="1" className="stroke-slate-500" />
            <text x={at(t.at)} dx="4" y="14" className="fill-slate-700">
              {t.label}
            </text>
          </g>
        ))}
      </svg>
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
