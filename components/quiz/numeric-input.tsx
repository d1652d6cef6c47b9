import { useId } from 'react';
import { type ControlProps, joinIds } from '@/components/quiz/control-props';
import { fieldLabel, textField } from '@/components/quiz/styles';

export type NumericInputProps = ControlProps & {
  /** The text of the field; '' while it holds no valid number. */
  value: string;
  onChange: (text: string) => void;
  /** Shown after the field, such as "hours" or "R". */
  unit: string | null;
};

export function NumericInput({ value, onChange, unit, disabled, errorId }: NumericInputProps) {
  const id = useId();
  const unitId = useId();
  return (
    <div>
      <label htmlFor={id} className={fieldLabel}>
        Your answer
      </label>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          step="any"
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          disabled={disabled}
          aria-describedby={joinIds(unit === null ? null : unitId, errorId)}
          aria-invalid={errorId === undefined ? undefined : true}
          className={`w-40 max-w-full ${textField}`}
        />
        {unit === null ? null : (
          <span id={unitId} className="text-slate-800">
            {unit}
          </span>
        )}
      </div>
    </div>
  );
}
