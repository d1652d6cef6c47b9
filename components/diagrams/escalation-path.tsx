import { useId } from 'react';
import { Arrow, Box, colours, DiagramFigure, DiagramSvg, TextLines, wrapText } from './svg-parts';

// Functional escalation, in order of rising expertise; the first box is also where hierarchical
// escalation starts.
const functional = [
  { lines: ['Service desk', 'agent (L1)'], fill: colours.sky },
  { lines: ['Level 2', 'specialist'], fill: colours.emerald },
  { lines: ['Level 3', 'expert'], fill: colours.emerald },
  { lines: ['External', 'supplier'], fill: colours.emerald },
];
// Hierarchical escalation above the agent, in order of rising authority.
const hierarchical = [
  { lines: ['Team lead'], fill: colours.amber },
  { lines: ['IT manager'], fill: colours.amber },
];
const ownership = 'The service desk keeps ownership of the ticket and keeps the customer informed at every step.';

const title = 'Functional and hierarchical escalation';
const desc = [
  'Two directions in which a service desk escalates a ticket it cannot resolve.',
  'Functional escalation passes the work to more technical expertise: from the service desk agent at level 1, to a level 2 specialist, to a level 3 expert, and then to an external supplier.',
  'Hierarchical escalation goes upward for more authority or resources: from the agent to the team lead, and then to the IT manager.',
  `Whichever way a ticket goes: ${ownership}`,
].join(' ');

function OwnershipNote({ x, y, w, chars, size }: { x: number; y: number; w: number; chars: number; size: number }) {
  const lines = wrapText(ownership, chars);
  const lh = size * 1.25;
  const h = lh * (lines.length + 1) + 24;
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={8} className={`${colours.paper} ${colours.line}`} strokeWidth={1.5} strokeDasharray="4 3" />
      <TextLines x={x + 14} y={y + 12 + lh / 2} lines={['At every level']} size={size} weight={700} anchor="start" className={colours.ink} />
      <TextLines x={x + 14} y={y + 12 + lh + (lh * (lines.length + 1)) / 2 - lh / 2} lines={lines} size={size} anchor="start" className={colours.ink} />
    </g>
  );
}

function WideLayout({ id }: { id: string }) {
  const [w, h, rowY, gap] = [134, 62, 292, 28];
  const midY = rowY + h / 2;
  const colX = 8 + w / 2;
  return (
    <DiagramSvg id={id} layout="wide" title={title} desc={desc} width={640} height={400}>
      {functional.map((level, i) => {
        const x = 8 + i * (w + gap);
        return (
          <g key={level.lines.join(' ')}>
            <Box x={x} y={rowY} w={w} h={h} fill={level.fill} lines={level.lines} size={16} weight={600} />
            {i > 0 ? <Arrow points={[[x - gap + 2, midY], [x - 2, midY]]} /> : null}
          </g>
        );
      })}
      {hierarchical.map((level, i) => {
        const y = 168 - i * 130;
        // Each arrow rises from the box below: the agent for the team lead, the team lead for the manager.
        const fromY = i === 0 ? rowY : 168;
        return (
          <g key={level.lines.join(' ')}>
            <Box x={8} y={y} w={w} h={50} fill={level.fill} lines={level.lines} size={16} weight={600} />
            <Arrow points={[[colX, fromY - 2], [colX, y + 52]]} dashed />
          </g>
        );
      })}
      <TextLines x={164} y={140} lines={['Hierarchical escalation:', 'more authority or', 'resources ↑']} size={16} anchor="start" />
      <TextLines x={320} y={382} lines={['Functional escalation: more technical expertise →']} size={16} />
      <OwnershipNote x={380} y={38} w={250} chars={26} size={16} />
    </DiagramSvg>
  );
}

function NarrowLayout({ id }: { id: string }) {
  const w = 190;
  // Top to bottom: IT manager, team lead, agent, L2, L3, supplier; each with its top edge.
  const column = [...hierarchical].reverse().concat(functional);
  const tops = [8, 86, 164, 258, 334, 410];
  const heights = column.map((level) => (level.lines.length > 1 ? 54 : 46));
  const top = (i: number) => tops[i] ?? 0;
  const bottom = (i: number) => top(i) + (heights[i] ?? 0);
  const cx = 8 + w / 2;
  return (
    <DiagramSvg id={id} layout="narrow" title={title} desc={desc} width={340} height={610}>
      {column.map((level, i) => (
        <Box key={level.lines.join(' ')} x={8} y={top(i)} w={w} h={heights[i] ?? 0} fill={level.fill} lines={level.lines} size={16} weight={600} />
      ))}
      <Arrow points={[[cx, top(2) - 2], [cx, bottom(1) + 2]]} dashed />
      <Arrow points={[[cx, top(1) - 2], [cx, bottom(0) + 2]]} dashed />
      {[3, 4, 5].map((i) => (
        <Arrow key={i} points={[[cx, bottom(i - 1) + 2], [cx, top(i) - 2]]} />
      ))}
      <TextLines x={210} y={72} lines={['Hierarchical:', 'more authority', 'or resources ↑']} size={16} anchor="start" />
      <TextLines x={210} y={361} lines={['Functional:', 'more technical', 'expertise ↓']} size={16} anchor="start" />
      <OwnershipNote x={4} y={480} w={332} chars={34} size={16} />
    </DiagramSvg>
  );
}

/** Functional escalation (L1 → L2 → L3 → supplier) beside hierarchical escalation (agent → team lead → IT manager). */
export function EscalationPath() {
  const id = useId();
  return (
    <DiagramFigure caption="Functional escalation brings in more expertise; hierarchical escalation brings in more authority. The ticket stays with the service desk either way.">
      <WideLayout id={`${id}-wide`} />
      <NarrowLayout id={`${id}-narrow`} />
    </DiagramFigure>
  );
}
