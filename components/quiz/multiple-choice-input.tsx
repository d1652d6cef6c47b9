import { useId } from 'react';
import { type ControlProps, joinIds, type OptionView } from '@/components/quiz/control-props';
import { choiceControl, choiceRow, hintText } from '@/components/quiz/styles';

export type MultipleChoiceInputProps = ControlProps & {
  options: readonly OptionView[];
  value: readonly string[];
  onChange: (optionIds: string[]) => void;
};

export function MultipleChoiceInput({ options, value, onChange, disabled, errorId }: MultipleChoiceInputProps) {
  const hintId = useId();
  const chosen = new Set(value);

  function toggle(optionId: string, checked: boolean) {
    const next = new Set(chosen);
    if (checked) next.add(optionId);
    else next.delete(optionId);
    // Kept in the order shown, so the saved answer does not depend on the order of clicks.
    onChange(options.filter((option) => next.has(option.id)).map((option) => option.id));
  }

  return (
    <div>
      <p id={hintId} className={`mb-2 ${hintText}`}>
        Choose all that apply.
      </p>
      <div className="space-y-2">
        {options.map((option) => (
          <label key={option.id} className={choiceRow}>
            <input
              type="checkbox"
              value={option.id}
              checked={chosen.has(option.id)}
              onChange={(event) => toggle(option.id, event.currentTarget.checked)}
              disabled={disabled}
              aria-describedby={joinIds(hintId, errorId)}
              aria-invalid={errorId === undefined ? undefined : true}
              className={choiceControl}
            />
            <span>{option.text}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
