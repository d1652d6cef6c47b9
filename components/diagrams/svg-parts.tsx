import type { ReactNode } from 'react';

// Palette classes, not hex: dark ink on pale fills keeps contrast far above 4.5:1 and prints as
// light grey with black text, so no meaning depends on colour. The dark theme remaps the palette's
// variables, so the same classes give pale ink on dark fills there.
export const colours = {
  ink: 'fill-slate-900',
  line: 'stroke-slate-700',
  badge: 'fill-slate-800',
  badgeText: 'fill-white',
  paper: 'fill-white',
  sky: 'fill-sky-100',
  amber: 'fill-amber-100',
  emerald: 'fill-emerald-100',
  violet: 'fill-violet-100',
  rose: 'fill-rose-100',
  slate: 'fill-slate-100',
};

export type Point = readonly [number, number];

/** Greedy word wrap by character count; SVG text does not wrap by itself. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const next = current === '' ? word : `${current} ${word}`;
    if (next.length > maxChars && current !== '') {
      lines.push(current);
      current = word;
    } else {
      current = next;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

type TextLinesProps = {
  x: number;
  y: number;
  lines: readonly string[];
  size: number;
  weight?: number;
  anchor?: 'start' | 'middle' | 'end';
  /** A fill class; the text colour by default. */
  className?: string;
};

/** Lines of text centred vertically on y. */
export function TextLines({ x, y, lines, size, weight = 400, anchor = 'middle', className = 'fill-current' }: TextLinesProps) {
  const lineHeight = size * 1.25;
  const top = y - ((lines.length - 1) * lineHeight) / 2;
  // Each line's y is unique within the block, so it doubles as the key.
  const rows = lines.map((line, i) => ({ line, lineY: top + i * lineHeight }));
  return (
    <text x={x} y={top} fontSize={size} fontWeight={weight} textAnchor={anchor} className={className}>
      {rows.map(({ line, lineY }) => (
        <tspan key={lineY} x={x} y={lineY} dy="0.35em">
          {line}
        </tspan>
      ))}
    </text>
  );
}

type BoxProps = {
  x: number;
  y: number;
  w: number;
  h: number;
  /** One of the palette's fill classes in `colours`. */
  fill: string;
  lines: readonly string[];
  size: number;
  weight?: number;
};

export function Box({ x, y, w, h, fill, lines, size, weight }: BoxProps) {
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={8} className={`${fill} ${colours.line}`} strokeWidth={1.5} />
      <TextLines x={x + w / 2} y={y + h / 2} lines={lines} size={size} weight={weight} className={colours.ink} />
    </g>
  );
}

/** A numbered disc: the number gives the order in print and without colour. */
export function Badge({ x, y, n, r = 14 }: { x: number; y: number; n: number; r?: number }) {
  return (
    <g>
      <circle cx={x} cy={y} r={r} className={colours.badge} />
      <TextLines x={x} y={y} lines={[String(n)]} size={r + 2} weight={700} className={colours.badgeText} />
    </g>
  );
}

/** A line through the points with an arrowhead at the last one, drawn in the text colour. */
export function Arrow({ points, dashed = false }: { points: readonly Point[]; dashed?: boolean }) {
  const end = points.at(-1);
  const before = points.at(-2);
  if (end === undefined || before === undefined) return null;
  const angle = Math.atan2(end[1] - before[1], end[0] - before[0]);
  const head = 11;
  const spread = 0.45;
  // Stop the shaft at the base of the head so the tip stays sharp.
  const shaftEnd: Point = [end[0] - head * 0.8 * Math.cos(angle), end[1] - head * 0.8 * Math.sin(angle)];
  const shaft = [...points.slice(0, -1), shaftEnd].map(([px, py]) => `${px},${py}`).join(' ');
  const left: Point = [end[0] - head * Math.cos(angle - spread), end[1] - head * Math.sin(angle - spread)];
  const right: Point = [end[0] - head * Math.cos(angle + spread), end[1] - head * Math.sin(angle + spread)];
  return (
    <g>
      <polyline
        points={shaft}
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeDasharray={dashed ? '6 4' : undefined}
      />
      <polygon points={`${end[0]},${end[1]} ${left[0]},${left[1]} ${right[0]},${right[1]}`} fill="currentColor" />
    </g>
  );
}

/** Where the ray from a box centre towards another point leaves the box, plus a small gap. */
export function edgePoint(centre: Point, toward: Point, halfW: number, halfH: number, gap = 6): Point {
  const dx = toward[0] - centre[0];
  const dy = toward[1] - centre[1];
  const t = Math.min(dx === 0 ? Infinity : (halfW + gap) / Math.abs(dx), dy === 0 ? Infinity : (halfH + gap) / Math.abs(dy));
  return [centre[0] + dx * t, centre[1] + dy * t];
}

type DiagramSvgProps = {
  id: string;
  layout: 'wide' | 'narrow';
  title: string;
  desc: string;
  width: number;
  height: number;
  children: ReactNode;
};

/**
 * One layout of a diagram. Wide and narrow layouts both sit in the page; CSS shows one, and
 * display:none keeps the other out of the accessibility tree, so it is announced once.
 */
export function DiagramSvg({ id, layout, title, desc, width, height, children }: DiagramSvgProps) {
  const wide = layout === 'wide';
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${width} ${height}`}
      // Its natural width, shrunk to the column by max-width: a `style=` attribute would be refused by the page's CSP.
      width={wide ? width : Math.round(width * 1.3)}
      className={wide ? 'mx-auto hidden h-auto max-w-full sm:block' : 'mx-auto block h-auto max-w-full sm:hidden'}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      {children}
    </svg>
  );
}

export function DiagramFigure({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <figure className="my-8">
      {children}
      <figcaption className="mt-3 text-center text-sm">{caption}</figcaption>
    </figure>
  );
}
