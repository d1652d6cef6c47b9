import { useId } from 'react';
import { Arrow, colours, DiagramFigure, DiagramSvg, TextLines, wrapText } from './svg-parts';

type Mode = {
  name: string;
  place: string;
  levels: string;
  fits: string;
  fill: string;
  /** Column and row in the grid: 0 low, 1 middle, 2 high (row 2 is the top). */
  col: 0 | 1 | 2;
  row: 0 | 1 | 2;
};

const modes: readonly Mode[] = [
  {
    name: 'Competing',
    place: 'top left',
    levels: 'high assertiveness, low cooperativeness',
    fits: 'emergencies; necessary but unpopular rules (security policy)',
    fill: colours.rose,
    col: 0, row: 2,
  },
  {
    name: 'Collaborating',
    place: 'top right',
    levels: 'high assertiveness, high cooperativeness',
    fits: "both sides' concerns too important to trade; a lasting relationship",
    fill: colours.emerald,
    col: 2, row: 2,
  },
  {
    name: 'Compromising',
    place: 'centre',
    levels: 'moderate assertiveness, moderate cooperativeness',
    fits: 'moderate stakes, equal power, little time; split the difference',
    fill: colours.amber,
    col: 1, row: 1,
  },
  {
    name: 'Avoiding',
    place: 'bottom left',
    levels: 'low assertiveness, low cooperativeness',
    fits: 'a trivial issue, or time for both sides to cool off',
    fill: colours.slate,
    col: 0, row: 0,
  },
  {
    name: 'Accommodating',
    place: 'bottom right',
    levels: 'low assertiveness, high cooperativeness',
    fits: 'the issue matters more to the other person, or you are wrong',
    fill: colours.sky,
    col: 2, row: 0,
  },
];

const title = 'Thomas–Kilmann conflict modes';
const desc = [
  'Five ways of handling conflict, placed on two axes.',
  "The horizontal axis is cooperativeness: how far you try to satisfy the other person's concerns, from low on the left to high on the right.",
  'The vertical axis is assertiveness: how far you try to satisfy your own concerns, from low at the bottom to high at the top.',
  ...modes.map((m) => `${m.name}, ${m.place}: ${m.levels}. Fits when: ${m.fits}.`),
].join(' ');

function Axes({ x0, y0, x1, y1, size, xLabel, yLabel }: Record<'x0' | 'y0' | 'x1' | 'y1' | 'size', number> & { xLabel: string; yLabel: string }) {
  const midY = (y0 + y1) / 2;
  return (
    <g>
      <Arrow points={[[x0, y0], [x1, y0]]} />
      <Arrow points={[[x0, y0], [x0, y1]]} />
      <TextLines x={(x0 + x1) / 2} y={y0 + size * 1.4} lines={[xLabel]} size={size} />
      <g transform={`rotate(-90 ${x0 - size * 1.2} ${midY})`}>
        <TextLines x={x0 - size * 1.2} y={midY} lines={[yLabel]} size={size} />
      </g>
    </g>
  );
}

function WideLayout({ id }: { id: string }) {
  const [boxW, boxH] = [240, 110];
  const colX = [86, 242, 398];
  const rowY = [362, 196, 30];
  return (
    <DiagramSvg id={id} layout="wide" title={title} desc={desc} width={650} height={540}>
      <Axes x0={70} y0={490} x1={640} y1={14} size={16} xLabel="Cooperativeness: meeting the other person's concerns, low → high" yLabel="Assertiveness: meeting your own concerns, low → high" />
      {modes.map((m) => {
        const x = colX[m.col] ?? 0;
        const y = rowY[m.row] ?? 0;
        const fits = wrapText(`Fits: ${m.fits}`, 26);
        return (
          <g key={m.name}>
            <rect x={x} y={y} width={boxW} height={boxH} rx={8} className={`${m.fill} ${colours.line}`} strokeWidth={1.5} />
            <TextLines x={x + boxW / 2} y={y + 20} lines={[m.name]} size={17} weight={700} className={colours.ink} />
            <TextLines x={x + boxW / 2} y={y + 44 + ((fits.length - 1) * 18.75) / 2} lines={fits} size={15} className={colours.ink} />
          </g>
        );
      })}
    </DiagramSvg>
  );
}

function NarrowLayout({ id }: { id: string }) {
  const [boxW, boxH] = [144, 40];
  const colX = [36, 114, 192];
  const rowY = [250, 134, 18];
  // Stack the "fits" notes under the grid; each block starts where the previous one ended.
  const notes = modes.map((m) => ({ mode: m, lines: wrapText(m.fits, 34) }));
  const starts = notes.map((_, i) => 400 + notes.slice(0, i).reduce((sum, n) => sum + 20 * (n.lines.length + 1) + 16, 0));
  const height = (starts.at(-1) ?? 0) + 20 * ((notes.at(-1)?.lines.length ?? 0) + 1);
  return (
    <DiagramSvg id={id} layout="narrow" title={title} desc={desc} width={340} height={height}>
      <Axes x0={30} y0={302} x1={336} y1={6} size={15} xLabel="Cooperativeness: low → high" yLabel="Assertiveness: low → high" />
      {modes.map((m) => {
        const x = colX[m.col] ?? 0;
        const top = rowY[m.row] ?? 0;
        return (
          <g key={m.name}>
            <rect x={x} y={top} width={boxW} height={boxH} rx={8} className={`${m.fill} ${colours.line}`} strokeWidth={1.5} />
            <TextLines x={x + boxW / 2} y={top + boxH / 2} lines={[m.name]} size={15} weight={700} className={colours.ink} />
          </g>
        );
      })}
      <TextLines x={4} y={364} lines={['When each mode fits']} size={17} weight={700} anchor="start" />
      {notes.map(({ mode, lines }, i) => {
        const y = starts[i] ?? 0;
        return (
          <g key={mode.name}>
            <TextLines x={4} y={y} lines={[mode.name]} size={16} weight={700} anchor="start" />
            <TextLines x={4} y={y + 20 + ((lines.length - 1) * 20) / 2} lines={lines} size={16} anchor="start" />
          </g>
        );
      })}
    </DiagramSvg>
  );
}

/** The five Thomas–Kilmann modes on assertiveness × cooperativeness, with when each fits. */
export function TkiGrid() {
  const id = useId();
  return (
    <DiagramFigure caption="The five Thomas–Kilmann conflict modes. No mode is good or bad in itself: choose the one that suits the situation, the stakes, the time and the balance of power.">
      <WideLayout id={`${id}-wide`} />
      <NarrowLayout id={`${id}-narrow`} />
    </DiagramFigure>
  );
}
