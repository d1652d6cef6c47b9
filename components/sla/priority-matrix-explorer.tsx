'use client';

import { useId, useState } from 'react';
import {
  DEFAULT_TARGETS,
  explainPriority,
  IMPACT_DESCRIPTIONS,
  LEVEL_NAMES,
  LEVELS,
  type Level,
  PRIORITY_NAMES,
  priorityFor,
  URGENCY_DESCRIPTIONS,
} from '@/lib/sla/priority';
import { formatDuration } from '@/lib/sla/time';
import { PRIORITY_STYLES } from './priority-styles';

type LevelGroupProps = {
  legend: string;
  value: Level;
  descriptions: Readonly<Record<Level, string>>;
  onChange: (level: Level) => void;
};

function LevelGroup({ legend, value, descriptions, onChange }: LevelGroupProps) {
  const name = useId();
  return (
    <fieldset className="rounded border border-slate-300 p-3">
      <legend className="px-1 font-semibold text-slate-900">{legend}</legend>
      {LEVELS.map((level) => (
        <label key={level} className="flex cursor-pointer gap-2 rounded px-1 py-1 hover:bg-slate-50">
          <input
            type="radio"
            name={name}
            value={level}
            checked={value === level}
            onChange={() => onChange(level)}
            className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
          />
          <span>
            <span className="font-medium">{LEVEL_NAMES[level]}</span>
            <span className="block text-sm text-slate-700">{descriptions[level]}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** Choose impact and urgency; see the priority, its targets and why. */
export function PriorityMatrixExplorer() {
  const [impact, setImpact] = useState<Level>('high');
  const [urgency, setUrgency] = useState<Level>('medium');
  const priority = priorityFor(impact, urgency);
  const target = DEFAULT_TARGETS[priority];

  return (
    <section aria-label="Priority explorer" className="not-prose my-6 rounded-lg border border-slate-300 p-4">
      <div className="grid gap-3 sm:grid-cols-2">
        <LevelGroup legend="Impact: how much of the business is affected?" value={impact} descriptions={IMPACT_DESCRIPTIONS} onChange={setImpact} />
        <LevelGroup legend="Urgency: how fast must it be fixed?" value={urgency} descriptions={URGENCY_DESCRIPTIONS} onChange={setUrgency} />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <p className={`rounded border-2 px-3 py-1 text-lg font-bold ${PRIORITY_STYLES[priority]}`}>
          {priority} <span className="text-sm font-medium">{PRIORITY_NAMES[priority]}</span>
        </p>
        <dl className="grid grid-cols-[auto_auto] gap-x-3 text-sm text-slate-800">
          <dt>Respond within</dt>
          <dd className="font-semibold">{formatDuration(target.responseMinutes)}</dd>
          <dt>Resolve within</dt>
          <dd className="font-semibold">{formatDuration(target.resolutionMinutes)}</dd>
        </dl>
      </div>
      <p aria-live="polite" className="mt-3 text-slate-900">
        {explainPriority(impact, urgency)}
      </p>
    </section>
  );
}
