import type { ReactNode } from 'react';

// Each scene is drawn on a 120 × 80 grid in the course's palette classes, so the dark theme's
// palette redraws it without a second copy. Strokes are the ink; fills are the soft tints.
const ink = 'stroke-slate-700';
const line = `fill-none ${ink}`;
const paper = `fill-white ${ink}`;
const tint = {
  sky: `fill-sky-100 ${ink}`,
  amber: `fill-amber-100 ${ink}`,
  emerald: `fill-emerald-100 ${ink}`,
  violet: `fill-violet-100 ${ink}`,
  rose: `fill-rose-100 ${ink}`,
};
const solid = 'fill-slate-700';

/** A person from the shoulders up: head and body, side by side with others in a scene. */
function Person({ x, y, fill }: { x: number; y: number; fill: string }) {
  return (
    <g>
      <circle cx={x} cy={y} r={7} className={fill} />
      <path d={`M${x - 12} ${y + 26} q0 -15 12 -15 q12 0 12 15 z`} className={fill} />
    </g>
  );
}

/** A tick mark whose short arm starts at (x, y). */
function Tick({ x, y }: { x: number; y: number }) {
  return <path d={`M${x} ${y} l3 3 l6 -7`} className={line} />;
}

function Welcome() {
  return (
    <>
      <rect x={34} y={10} width={46} height={62} rx={5} className={paper} />
      <rect x={47} y={6} width={20} height={9} rx={3} className={tint.sky} />
      {[26, 40, 54].map((y) => (
        <g key={y}>
          <Tick x={41} y={y} />
          <path d={`M55 ${y + 1}h18`} className={line} />
        </g>
      ))}
      <circle cx={88} cy={58} r={10} className={tint.amber} />
      <path d="M83 66l-3 10l8 -4l8 4l-3 -10" className={tint.amber} />
    </>
  );
}

function RelationshipsAndTheSla() {
  return (
    <>
      <Person x={24} y={30} fill={tint.sky} />
      <Person x={96} y={30} fill={tint.emerald} />
      <rect x={46} y={16} width={28} height={36} rx={3} className={paper} />
      <path d="M51 25h18M51 31h18M51 37h12" className={line} />
      <path d="M51 46q4 -5 8 0t8 0" className={line} />
      <path d="M36 64h48" className={line} strokeDasharray="3 3" />
    </>
  );
}

function IncidentsRequestsAndProblems() {
  const tickets = [
    { y: 12, fill: tint.rose },
    { y: 32, fill: tint.sky },
    { y: 52, fill: tint.amber },
  ];
  return (
    <>
      {tickets.map(({ y, fill }, index) => (
        <g key={y}>
          <rect x={22 + index * 6} y={y} width={70} height={16} rx={3} className={paper} />
          <rect x={22 + index * 6} y={y} width={12} height={16} rx={3} className={fill} />
          <path d={`M${40 + index * 6} ${y + 8}h${40 - index * 6}`} className={line} />
        </g>
      ))}
    </>
  );
}

function Responding() {
  return (
    <>
      <path d="M14 18h50a6 6 0 0 1 6 6v22a6 6 0 0 1 -6 6h-32l-10 9v-9h-8a6 6 0 0 1 -6 -6v-22a6 6 0 0 1 6 -6z" className={tint.sky} />
      <path d="M22 30h36M22 40h24" className={line} />
      <circle cx={88} cy={46} r={20} className={paper} />
      <path d="M84 22h8M88 22v4" className={line} />
      <path d="M88 46v-12M88 46l8 6" className={line} />
    </>
  );
}

function Escalating() {
  return (
    <>
      <path d="M12 70h24v-16h24v-16h24v-16h24v54h-96z" className={tint.emerald} />
      <path d="M22 46l26 -18l10 6l26 -20" className={line} />
      <path d="M76 13h9v9" className={line} />
      <circle cx={24} cy={60} r={4} className={solid} />
    </>
  );
}

function FollowingUp() {
  return (
    <>
      <path d="M38 40a22 22 0 0 1 40 -13" className={line} strokeWidth={3} />
      <path d="M80 17v11h-11" className={line} strokeWidth={3} />
      <path d="M82 40a22 22 0 0 1 -40 13" className={line} strokeWidth={3} />
      <path d="M40 63v-11h11" className={line} strokeWidth={3} />
      <circle cx={60} cy={40} r={11} className={tint.emerald} />
      <Tick x={55} y={40} />
    </>
  );
}

function MeasuringService() {
  return (
    <>
      <path d="M16 10v58h90" className={line} />
      {[
        { x: 26, h: 22, fill: tint.sky },
        { x: 44, h: 32, fill: tint.sky },
        { x: 62, h: 28, fill: tint.sky },
        { x: 80, h: 44, fill: tint.emerald },
      ].map(({ x, h, fill }) => (
        <rect key={x} x={x} y={68 - h} width={12} height={h} className={fill} />
      ))}
      <path d="M32 38l18 -10l18 4l18 -18" className={line} strokeDasharray="4 3" />
    </>
  );
}

function Conflict() {
  // The two axes of the conflict-styles grid, with a mode in each corner and one in the middle.
  return (
    <>
      <rect x={30} y={8} width={64} height={64} rx={4} className={paper} />
      <path d="M62 8v64M30 40h64" className={line} strokeDasharray="3 3" />
      {[
        { cx: 42, cy: 20, fill: tint.rose },
        { cx: 82, cy: 20, fill: tint.emerald },
        { cx: 62, cy: 40, fill: tint.amber },
        { cx: 42, cy: 60, fill: tint.violet },
        { cx: 82, cy: 60, fill: tint.sky },
      ].map((dot) => (
        <circle key={`${dot.cx}-${dot.cy}`} cx={dot.cx} cy={dot.cy} r={6} className={dot.fill} />
      ))}
      <path d="M20 72v-60M16 16l4 -4l4 4M30 78h60M86 74l4 4l-4 4" className={line} />
    </>
  );
}

function Complaints() {
  // Six steps in a rising line, from the complaint heard to the customer who stays.
  const steps = [0, 1, 2, 3, 4, 5].map((index) => ({ x: 14 + index * 18.4, y: 66 - index * 7 }));
  return (
    <>
      <path d={`M${steps.map((step) => `${step.x} ${step.y}`).join('L')}`} className={line} />
      {steps.map((step, index) => (
        <g key={step.x}>
          <circle cx={step.x} cy={step.y} r={7.5} className={index === 5 ? tint.emerald : paper} />
          <text x={step.x} y={step.y + 3.5} textAnchor="middle" fontSize={10} fontWeight={700} strokeWidth={0} className="fill-slate-900">
            {index + 1}
          </text>
        </g>
      ))}
      <path d="M12 10h30a5 5 0 0 1 5 5v10a5 5 0 0 1 -5 5h-18l-7 6v-6h-5a5 5 0 0 1 -5 -5v-10a5 5 0 0 1 5 -5z" className={tint.rose} />
      <path d="M18 18h22M18 23h14" className={line} />
    </>
  );
}

function SouthAfricanContext() {
  return (
    <>
      <rect x={12} y={12} width={34} height={18} rx={6} className={tint.sky} />
      <rect x={26} y={34} width={34} height={18} rx={6} className={tint.emerald} />
      <rect x={12} y={56} width={34} height={18} rx={6} className={tint.amber} />
      <path d="M90 12a16 16 0 0 0 -9 29v8h18v-8a16 16 0 0 0 -9 -29z" className={paper} />
      <path d="M82 54h16M84 60h12" className={line} />
      <path d="M92 18l-6 11h7l-5 10" className={line} />
    </>
  );
}

function Summative() {
  return (
    <>
      <rect x={16} y={12} width={74} height={52} rx={4} className={paper} />
      <rect x={21} y={17} width={64} height={42} rx={2} className={line} />
      <path d="M32 28h42M38 36h30M38 44h22" className={line} />
      <circle cx={88} cy={58} r={11} className={tint.amber} />
      <path d="M82 67l-3 11l9 -4l9 4l-3 -11" className={tint.amber} />
      <Tick x={84} y={58} />
    </>
  );
}

/** The scene for each module of the course, by module id. */
export const MODULE_SCENES: Record<string, () => ReactNode> = {
  welcome: Welcome,
  'relationships-and-the-sla': RelationshipsAndTheSla,
  'incidents-requests-and-problems': IncidentsRequestsAndProblems,
  responding: Responding,
  escalating: Escalating,
  'following-up': FollowingUp,
  'measuring-service': MeasuringService,
  conflict: Conflict,
  complaints: Complaints,
  'south-african-context': SouthAfricanContext,
  summative: Summative,
};
