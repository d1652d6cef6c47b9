import { useId } from 'react';
import { type ControlProps, joinIds } from '@/components/quiz/control-props';
import { fieldLabel, hintText, textField } from '@/components/quiz/styles';
import { countWords, describeWordCount } from '@/components/quiz/word-count';

export type WrittenInputProps = ControlProps & {
  value: string;
  onChange: (text: string) => void;
  minWords: number;
  maxWords: number | null;
  /** "Your answer" unless the question names what is written, such as "Your message". */
  label?: string;
  /** Id of text that says what to write, when it is not in the label. */
  describedBy?: string;
};

export function WrittenInput({ value, onChange, minWords, maxWords, disabled, errorId, label = 'Your answer', describedBy }: WrittenInputProps) {
  const id = useId();
  const hintId = useId();
  const countId = useId();
  const limits = describeLimits(minWords, maxWords);
  return (
    <div>
      <label htmlFor={id} className={fieldLabel}>
        {label}
      </label>
      {limits === null ? null : (
        <p id={hintId} className={hintText}>
          {limits}
        </p>
      )}
      <textarea
        id={id}
        rows={6}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        disabled={disabled}
        aria-describedby={joinIds(describedBy, limits === null ? null : hintId, countId, errorId)}
        aria-invalid={errorId === undefined ? undefined : true}
        className={`mt-1 w-full ${textField}`}
      />
      {/* Not a live region: announcing the count on every key press would drown out the typing. */}
      <p id={countId} className={`mt-1 ${hintText}`}>
        {describeWordCount(countWords(value), minWords, maxWords)}
      </p>
    </div>
  );
}

function describeLimits(minWords: number, maxWords: number | null): string | null {
  if (minWords > 0 && maxWords !== null) return `Write ${minWords} to ${maxWords} words.`;
  if (minWords > 0) return `Write at least ${minWords} words.`;
  if (maxWords !== null) return `Write no more than ${maxWords} words.`;
  return null;
}
