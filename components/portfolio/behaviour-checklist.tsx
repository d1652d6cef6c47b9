import { describedBy, FieldError, fieldId, textAreaClass } from '@/components/portfolio/field-error';
import { markField, noteField } from '@/lib/portfolio/observation/field-names';
import type { ObservationScenario } from '@/lib/portfolio/practical-schemas';

type Props = {
  scenario: ObservationScenario;
  criteria: Record<string, string>;
  values: Record<string, string>;
  onChange: (field: string, value: string) => void;
  errors: Record<string, string>;
};

const MARKS = [
  { value: 'observed', label: 'Observed' },
  { value: 'not-observed', label: 'Not observed' },
] as const;

/** Per criterion, each behaviour on the scenario's checklist: observed or not, with a note. */
export function BehaviourChecklist({ scenario, criteria, values, onChange, errors }: Props) {
  return (
    <div className="space-y-4">
      {Object.entries(scenario.checklist).map(([code, behaviours]) => (
        <fieldset key={code} className="space-y-3 rounded-lg border border-slate-300 p-4">
          <legend className="px-1 font-semibold">
            {code} {criteria[code] ?? ''}
          </legend>
          <p className="text-sm text-slate-700">Counts as shown only when every behaviour below was observed.</p>
          {behaviours.map(({ id, behaviour }) => {
            const mark = markField(code, id);
            const note = noteField(code, id);
            const markError = errors[mark] ? `${fieldId(mark)}-error` : null;
            return (
              <fieldset key={id} className="border-t border-slate-200 pt-3" aria-describedby={describedBy(markError)}>
                <legend className="font-medium">{behaviour}</legend>
                <div className="mt-1 flex flex-wrap gap-6">
                  {MARKS.map((option) => (
                    <label key={option.value} className="flex min-h-11 items-center gap-2">
                      <input type="radio" name={mark} value={option.value} checked={values[mark] === option.value} onChange={() => onChange(mark, option.value)} className="h-5 w-5" />
                      {option.label}
                    </label>
                  ))}
                </div>
                <FieldError id={`${fieldId(mark)}-error`} message={errors[mark]} />
                <label htmlFor={fieldId(note)} className="mt-2 block text-sm font-semibold">
                  Note
                </label>
                <p id={`${fieldId(note)}-hint`} className="text-sm text-slate-700">
                  Required when not observed: what you saw instead.
                </p>
                <textarea
                  id={fieldId(note)}
                  name={note}
                  rows={2}
                  value={values[note] ?? ''}
                  onChange={(event) => onChange(note, event.target.value)}
                  aria-invalid={errors[note] ? true : undefined}
                  aria-describedby={describedBy(`${fieldId(note)}-hint`, errors[note] && `${fieldId(note)}-error`)}
                  className={textAreaClass}
                />
                <FieldError id={`${fieldId(note)}-error`} message={errors[note]} />
              </fieldset>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}
