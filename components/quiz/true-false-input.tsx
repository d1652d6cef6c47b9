import type { ControlProps } from '@/components/quiz/control-props';
import { SingleChoiceInput } from '@/components/quiz/single-choice-input';

export type TrueFalseInputProps = ControlProps & {
  value: boolean | null;
  onChange: (value: boolean) => void;
};

const OPTIONS = [
  { id: 'true', text: 'True' },
  { id: 'false', text: 'False' },
];

export function TrueFalseInput({ value, onChange, disabled, errorId }: TrueFalseInputProps) {
  return (
    <SingleChoiceInput
      options={OPTIONS}
      value={value === null ? null : String(value)}
      onChange={(optionId) => onChange(optionId === 'true')}
      disabled={disabled}
      errorId={errorId}
    />
  );
}
