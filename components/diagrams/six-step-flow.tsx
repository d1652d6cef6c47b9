import { useId } from 'react';
import { Arrow, Badge, colours, DiagramFigure, DiagramSvg, TextLines, wrapText } from './svg-parts';

type Step = { label: string; note?: string; full: string };

const steps: readonly Step[] = [
  { label: 'Adjust your mindset', full: 'adjust your mindset: the complaint is about the service, not about you' },
  { label: 'Listen without interrupting', full: 'listen actively and let the customer finish without interrupting' },
  { label: 'Repeat the concern back', full: 'repeat the concern back to check that you have understood it' },
  { label: 'Show empathy and apologise', full: 'show empathy and apologise; saying sorry does not admit blame' },
  {
    label: 'Offer a solution',
    note: 'Rejected? Ask what would make it right',
    full: 'present a solution, and if the customer rejects it, ask what would make it right',
  },
  { label: 'Act and follow up', full: 'take action, keep the customer informed and follow up afterwards' },
];

const title = 'Six steps for handling a complaint';
const desc = [
  'The six steps for handling a customer complaint, in order.',
  ...steps.map((s, i) => `Step ${i + 1}: ${s.full}.`),
].join(' ');

const [lh, nh] = [20, 18.75];

function stepLines(step: Step, chars: number) {
  return { label: wrapText(step.label, chars), note: step.note === undefined ? [] : wrapText(step.note, chars + 4) };
}

/** The label (semi-bold) and any note (regular) as one block centred on y. */
function StepText({ x, y, step, chars, anchor }: { x: number; y: number; step: Step; chars: number; anchor: 'start' | 'middle' }) {
  const { label, note } = stepLines(step, chars);
  const top = y - (label.length * lh + note.length * nh) / 2;
  return (
    <g>
      <TextLines x={x} y={top + (label.length * lh) / 2} lines={label} size={16} weight={600} anchor={anchor} className={colours.ink} />
      {note.length > 0 ? (
        <TextLines x={x} y={top + label.length * lh + (note.length * nh) / 2 + 2} lines={note} size={15} anchor={anchor} className={colours.ink} />
      ) : null}
    </g>
  );
}

function WideLayout({ id }: { id: string }) {
  const [w, h, gap] = [184, 130, 39];
  const place = (i: number) => ({ x: 5 + (i % 3) * (w + gap), y: 10 + Math.floor(i / 3) * (h + 54) });
  return (
    <DiagramSvg id={id} layout="wide" title={title} desc={desc} width={640} height={334}>
      {steps.map((step, i) => {
        const { x, y } = place(i);
        return (
          <g key={step.label}>
            <rect x={x} y={y} width={w} height={h} rx={8} className={`${i === 4 ? colours.amber : colours.sky} ${colours.line}`} strokeWidth={1.5} />
            <Badge x={x + w / 2} y={y + 26} n={i + 1} />
            <StepText x={x + w / 2} y={y + 44 + (h - 44) / 2} step={step} chars={17} anchor="middle" />
            {i % 3 > 0 ? <Arrow points={[[x - gap + 3, y + h / 2], [x - 3, y + h / 2]]} /> : null}
          </g>
        );
      })}
      {/* From the end of the first row back to the start of the second. */}
      <Arrow
        points={[
          [place(2).x + w / 2, 10 + h + 3],
          [place(2).x + w / 2, 10 + h + 27],
          [place(3).x + w / 2, 10 + h + 27],
          [place(3).x + w / 2, place(3).y - 3],
        ]}
      />
    </DiagramSvg>
  );
}

function NarrowLayout({ id }: { id: string }) {
  const chars = 24;
  const heights = steps.map((s) => {
    const { label, note } = stepLines(s, chars);
    return 26 + label.length * lh + note.length * nh;
  });
  const tops = heights.map((_, i) => 6 + heights.slice(0, i).reduce((sum, hh) => sum + hh + 22, 0));
  const height = (tops.at(-1) ?? 0) + (heights.at(-1) ?? 0) + 6;
  return (
    <DiagramSvg id={id} layout="narrow" title={title} desc={desc} width={340} height={height}>
      {steps.map((step, i) => {
        const y = tops[i] ?? 0;
        const h = heights[i] ?? 0;
        return (
          <g key={step.label}>
            <rect x={4} y={y} width={332} height={h} rx={8} className={`${i === 4 ? colours.amber : colours.sky} ${colours.line}`} strokeWidth={1.5} />
            <Badge x={30} y={y + 24} n={i + 1} />
            <StepText x={56} y={y + h / 2} step={step} chars={chars} anchor="start" />
            {i > 0 ? <Arrow points={[[30, y - 20], [30, y - 2]]} /> : null}
          </g>
        );
      })}
    </DiagramSvg>
  );
}

/** The six complaint-handling steps in order, with the fallback when a solution is rejected. */
export function SixStepFlow() {
  const id = useId();
  return (
    <DiagramFigure caption="Handling a complaint in six steps. Work through them in order; if the customer turns down your solution at step 5, ask what would put things right.">
      <WideLayout id={`${id}-wide`} />
      <NarrowLayout id={`${id}-narrow`} />
    </DiagramFigure>
  );
}
