import { useId } from 'react';
import { type ControlProps, joinIds } from '@/components/quiz/control-props';
import { fieldLabel, hintText, textField } from '@/components/quiz/styles';

export type DateTimeInputProps = ControlProps & {
  /** As the field gives it: "2026-04-28T11:00", or '' while incomplete. */
  value: string;
  onChange: (value: string) => void;
  /** What the moment is, such as "Response due"; a lone question asks for "Date and time". */
  label?: string;
};

export function DateTimeInput({ value, onChange, disabled, errorId, label = 'Date and time' }: DateTimeInputProps) {
  const id = useId();
  const hintId = useId();
  return (
    <div>
      <label htmlFor={id} className={fieldLabel}>
        {label}
      </label>
      <p id={hintId} className={hintText}>
        South African time (SAST)
      </p>
      <input
        id={id}
        type="datetime-local"
        step={60}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        disabled={disabled}
        aria-describedby={joinIds(hintId, errorId)}
        aria-invalid={errorId === undefined ? undefined : true}
        className={`mt-1 w-full max-w-xs ${textField}`}
      />
    </div>
  );
}
