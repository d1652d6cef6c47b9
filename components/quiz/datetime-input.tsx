import { type ControlProps, joinIds } from '@/components/quiz/control-props';
import { SastDateTimeField } from '@/components/ui/sast-date-time-field';

export type DateTimeInputProps = ControlProps & {
  /** "2026-04-28T11:00", or '' while incomplete. */
  value: string;
  onChange: (value: string) => void;
  /** What the moment is, such as "Response due"; a lone question asks for "Date and time". */
  label?: string;
  /** Id of the date part, so a form can name it; the field makes its own when absent. */
  id?: string;
};

export function DateTimeInput({ id, value, onChange, disabled, errorId, label = 'Date and time' }: DateTimeInputProps) {
  return (
    <SastDateTimeField
      id={id}
      label={label}
      value={value}
      onChange={onChange}
      disabled={disabled}
      describedBy={joinIds(errorId)}
      invalid={errorId === undefined ? undefined : true}
    />
  );
}
