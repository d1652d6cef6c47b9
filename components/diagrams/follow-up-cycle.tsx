import { useId } from 'react';
import { Arrow, Badge, colours, DiagramFigure, DiagramSvg, edgePoint, type Point, TextLines, wrapText } from './svg-parts';

const stages = [
  { label: 'Resolve the issue', full: 'resolve the issue', fill: colours.sky },
  { label: 'Confirm the fix with the customer', full: 'confirm with the customer that the fix works', fill: colours.sky },
  { label: 'Close the ticket', full: 'close the ticket, only once the customer has confirmed', fill: colours.emerald },
  { label: 'Send a satisfaction survey', full: 'send a satisfaction survey', fill: colours.amber },
  { label: 'Learn and improve', full: 'learn from the results and improve', fill: colours.violet },
];
const loopBack = 'Next round: better service';

const title = 'The follow-up cycle';
const desc = [
  'A cycle of five stages that repeats for every ticket.',
  ...stages.map((s, i) => `Stage ${i + 1}: ${s.full}.`),
  'What is learnt feeds back into stage 1, so each round gives the customer better service.',
].join(' ');

type StageBoxProps = { x: number; y: number; w: number; h: number; n: number; chars: number; badge: 'top-left' | 'top-right' | 'left' };

/**
 * A stage; its number sits on the top edge (wide, to leave room for text, on the corner no arrow
 * arrives at) or inside on the left.
 */
function StageBox({ x, y, w, h, n, chars, badge }: StageBoxProps) {
  const stage = stages[n];
  if (stage === undefined) return null;
  const corner = badge !== 'left';
  const badgeX = { 'top-left': x + 22, 'top-right': x + w - 22, left: x + 26 }[badge];
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={8} className={`${stage.fill} ${colours.line}`} strokeWidth={1.5} />
      <Badge x={badgeX} y={corner ? y : y + h / 2} n={n + 1} />
      <TextLines
        x={corner ? x + w / 2 : x + 50}
        y={corner ? y + h / 2 + 5 : y + h / 2}
        lines={wrapText(stage.label, chars)}
        size={16}
        weight={600}
        anchor={corner ? 'middle' : 'start'}
        className={colours.ink}
      />
    </g>
  );
}

function WideLayout({ id }: { id: string }) {
  const [w, h] = [220, 66];
  const [cx, cy, rx, ry] = [340, 216, 226, 165];
  // Stages sit on an ellipse, clockwise from the top, so the loop reads as a cycle.
  const centres: Point[] = stages.map((_, i) => {
    const angle = ((-90 + 72 * i) * Math.PI) / 180;
    return [cx + rx * Math.cos(angle), cy + ry * Math.sin(angle)];
  });
  return (
    <DiagramSvg id={id} layout="wide" title={title} desc={desc} width={680} height={396}>
      {centres.map((c, i) => {
        const next = centres[(i + 1) % centres.length] ?? c;
        return <Arrow key={`arrow-${c[0]}-${c[1]}`} points={[edgePoint(c, next, w / 2, h / 2), edgePoint(next, c, w / 2, h / 2)]} />;
      })}
      {centres.map(([x, y], i) => (
        <StageBox key={stages[i]?.label} x={x - w / 2} y={y - h / 2} w={w} h={h} n={i} chars={19} badge={x > cx ? 'top-right' : 'top-left'} />
      ))}
      <TextLines x={cx} y={cy + 10} lines={['Each round', 'improves', 'the service']} size={16} weight={600} />
    </DiagramSvg>
  );
}

function NarrowLayout({ id }: { id: string }) {
  const [w, gap, chars] = [282, 22, 22];
  const heights = stages.map((s) => 24 + 20 * wrapText(s.label, chars).length);
  const tops = heights.map((_, i) => 6 + heights.slice(0, i).reduce((sum, h) => sum + h + gap, 0));
  const mid = (i: number) => (tops[i] ?? 0) + (heights[i] ?? 0) / 2;
  const last = stages.length - 1;
  const height = (tops[last] ?? 0) + (heights[last] ?? 0) + 6;
  const loopX = w + 26;
  return (
    <DiagramSvg id={id} layout="narrow" title={title} desc={desc} width={340} height={height}>
      {stages.map((s, i) => {
        const y = tops[i] ?? 0;
        return (
          <g key={s.label}>
            <StageBox x={4} y={y} w={w} h={heights[i] ?? 0} n={i} chars={chars} badge="left" />
            {i > 0 ? <Arrow points={[[30, y - gap + 2], [30, y - 2]]} /> : null}
          </g>
        );
      })}
      {/* The return path up the right-hand side closes the cycle. */}
      <Arrow points={[[w + 6, mid(last)], [loopX, mid(last)], [loopX, mid(0)], [w + 8, mid(0)]]} />
      <g transform={`rotate(-90 ${loopX + 16} ${height / 2})`}>
        <TextLines x={loopX + 16} y={height / 2} lines={[loopBack]} size={16} weight={600} />
      </g>
    </DiagramSvg>
  );
}

/** Resolve → confirm → close → survey → learn, drawn as a loop back to better service. */
export function FollowUpCycle() {
  const id = useId();
  return (
    <DiagramFigure caption="Follow-up as a cycle: the ticket closes only after the customer confirms the fix, and what you learn improves the next round of service.">
      <WideLayout id={`${id}-wide`} />
      <NarrowLayout id={`${id}-narrow`} />
    </DiagramFigure>
  );
}
