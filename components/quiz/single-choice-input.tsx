import { useId } from 'react';
import type { ControlProps, OptionView } from '@/components/quiz/control-props';
import { choiceControl, choiceRow } from '@/components/quiz/styles';

export type SingleChoiceInputProps = ControlProps & {
  options: readonly OptionView[];
  value: string | null;
  onChange: (optionId: string) => void;
};

/** One radio per option, in the order given; arrow keys move between them as usual for radios. */
export function SingleChoiceInput({ options, value, onChange, disabled, errorId }: SingleChoiceInputProps) {
  const name = useId();
  return (
    <div className="space-y-2">
      {options.map((option) => (
        <label key={option.id} className={choiceRow}>
          <input
            type="radio"
            name={name}
            value={option.id}
            checked={value === option.id}
            onChange={() => onChange(option.id)}
            disabled={disabled}
            aria-describedby={errorId}
            aria-invalid={errorId === undefined ? undefined : true}
            className={choiceControl}
          />
          <span>{option.text}</span>
        </label>
      ))}
    </div>
  );
}
