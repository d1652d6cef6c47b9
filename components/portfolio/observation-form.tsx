'use client';

import { useState } from 'react';
import { recordObservationAction } from '@/app/(assessor)/assess/learners/[learnerId]/observations/new/actions';
import { BehaviourChecklist } from '@/components/portfolio/behaviour-checklist';
import { describedBy, FieldError, fieldId, inputClass, textAreaClass } from '@/components/portfolio/field-error';
import { MomentFields } from '@/components/portfolio/moment-fields';
import { SignSection } from '@/components/portfolio/sign-section';
import { useKeptForm } from '@/components/portfolio/use-kept-form';
import { FormMessage } from '@/components/ui/form-message';
import type { Channel } from '@/lib/db/schema/portfolio';
import { CHANNEL_LABELS } from '@/lib/portfolio/channel-labels';
import type { ObservationScenario } from '@/lib/portfolio/practical-schemas';

type Props = {
  learnerId: string;
  scenarios: ObservationScenario[];
  /** Criterion code → its text, for the checklist's headings. */
  criteria: Record<string, string>;
  registrationNumber: string | null;
  today: string;
};

type Fields = { setting: string; channel: string; date: string; time: string; place: string; durationMinutes: string; context: string };

/** The observation form: scenario (with its setting and checklist), the interaction, each behaviour, and the signature. */
export function ObservationForm({ learnerId, scenarios, criteria, registrationNumber, today }: Props) {
  const { state, action, pending, onSubmit } = useKeptForm(recordObservationAction);
  const [scenarioId, setScenarioId] = useState('');
  const [fields, setFields] = useState<Fields>({ setting: '', channel: '', date: today, time: '', place: '', durationMinutes: '', context: '' });
  const [checklist, setChecklist] = useState<Record<string, string>>({});
  const scenario = scenarios.find((candidate) => candidate.id === scenarioId) ?? null;
  const errors = state.fieldErrors;
  const set = (name: keyof Fields) => (value: string) => setFields((current) => ({ ...current, [name]: value }));
  const choose = (next: ObservationScenario) => {
    setScenarioId(next.id);
    setFields((current) => ({ ...current, channel: next.channel }));
  };
  const text = (name: keyof Fields, label: string, hint?: string, props: { inputMode?: 'numeric'; className?: string } = {}) => (
    <div>
      <label htmlFor={fieldId(name)} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${fieldId(name)}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <input
        id={fieldId(name)}
        name={name}
        type="text"
        value={fields[name]}
        onChange={(event) => set(name)(event.target.value)}
        inputMode={props.inputMode}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy(hint && `${fieldId(name)}-hint`, errors[name] && `${fieldId(name)}-error`)}
        className={`${inputClass} ${props.className ?? ''}`}
      />
      <FieldError id={`${fieldId(name)}-error`} message={errors[name]} />
    </div>
  );
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-8" noValidate>
      <input type="hidden" name="learnerId" value={learnerId} />
      <FormMessage state={state} />
      <fieldset className="space-y-3" aria-describedby={describedBy(errors.scenarioId && `${fieldId('scenarioId')}-error`)}>
        <legend className="text-xl font-bold">Scenario</legend>
        <FieldError id={`${fieldId('scenarioId')}-error`} message={errors.scenarioId} />
        {scenarios.map((candidate) => (
          <div key={candidate.id} className="rounded-lg border border-slate-300 p-3">
            <label className="flex min-h-11 items-center gap-3 font-semibold">
              <input type="radio" name="scenarioId" value={candidate.id} checked={scenarioId === candidate.id} onChange={() => choose(candidate)} aria-describedby={`setting-${candidate.id}`} className="h-5 w-5" />
              {candidate.title}
            </label>
            <p id={`setting-${candidate.id}`} className="ml-8 text-slate-700">
              {CHANNEL_LABELS[candidate.channel]}. {candidate.setting}
            </p>
          </div>
        ))}
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-xl font-bold">The interaction</legend>
        <fieldset aria-describedby={describedBy(errors.setting && `${fieldId('setting')}-error`)}>
          <legend className="font-semibold">Live or simulated</legend>
          <div className="flex flex-wrap gap-6">
            {[
              { value: 'live', label: 'Live, at work' },
              { value: 'simulated', label: 'Simulated' },
            ].map((option) => (
              <label key={option.value} className="flex min-h-11 items-center gap-2">
                <input type="radio" name="setting" value={option.value} checked={fields.setting === option.value} onChange={() => set('setting')(option.value)} className="h-5 w-5" />
                {option.label}
              </label>
            ))}
          </div>
          <FieldError id={`${fieldId('setting')}-error`} message={errors.setting} />
        </fieldset>
        <div>
          <label htmlFor={fieldId('channel')} className="block font-semibold">
            Channel
          </label>
          <select id={fieldId('channel')} name="channel" value={fields.channel} onChange={(event) => set('channel')(event.target.value)} aria-describedby={describedBy(errors.channel && `${fieldId('channel')}-error`)} className={`${inputClass} max-w-xs`}>
            <option value="">Choose…</option>
            {(Object.keys(CHANNEL_LABELS) as Channel[]).map((channel) => (
              <option key={channel} value={channel}>
                {CHANNEL_LABELS[channel]}
              </option>
            ))}
          </select>
          <FieldError id={`${fieldId('channel')}-error`} message={errors.channel} />
        </div>
        <MomentFields what="the interaction" date={fields.date} time={fields.time} onDate={set('date')} onTime={set('time')} errors={errors} />
        {text('place', 'Place', 'Where it happened, for example "Service desk, 3rd floor, Rosebank office".')}
        {text('durationMinutes', 'Duration in minutes', undefined, { inputMode: 'numeric', className: 'max-w-32' })}
        <div>
          <label htmlFor={fieldId('context')} className="block font-semibold">
            Context
          </label>
          <p id={`${fieldId('context')}-hint`} className="text-sm text-slate-700">
            Who the customer was, what they needed, and anything that made it harder or easier.
          </p>
          <textarea
            id={fieldId('context')}
            name="context"
            rows={4}
            value={fields.context}
            onChange={(event) => set('context')(event.target.value)}
            aria-invalid={errors.context ? true : undefined}
            aria-describedby={describedBy(`${fieldId('context')}-hint`, errors.context && `${fieldId('context')}-error`)}
            className={textAreaClass}
          />
          <FieldError id={`${fieldId('context')}-error`} message={errors.context} />
        </div>
      </fieldset>
      <section aria-labelledby="checklist-heading" className="space-y-3">
        <h2 id="checklist-heading" className="text-xl font-bold">
          Checklist{scenario ? `: ${scenario.title}` : ''}
        </h2>
        {scenario ? (
          <BehaviourChecklist scenario={scenario} criteria={criteria} values={checklist} onChange={(field, value) => setChecklist((current) => ({ ...current, [field]: value }))} errors={errors} />
        ) : (
          <p className="text-slate-700">Choose a scenario above: its checklist appears here.</p>
        )}
      </section>
      <SignSection what="the observation" registrationNumber={registrationNumber} pending={pending} passwordError={errors.password} button="Sign the observation" />
    </form>
  );
}
