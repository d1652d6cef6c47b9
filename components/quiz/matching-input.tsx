import { useId } from 'react';
import type { ControlProps, OptionView } from '@/components/quiz/control-props';
import { fieldLabel, focusRing } from '@/components/quiz/styles';

export type MatchingInputProps = ControlProps & {
  /** The statements to match, each labelling its own list. */
  pairs: readonly OptionView[];
  /** What each statement can be matched with, in the order to show them. */
  choices: readonly OptionView[];
  /** Choice id by pair id; a pair not yet matched is absent. */
  value: Readonly<Record<string, string>>;
  onChange: (matches: Record<string, string>) => void;
};

export function MatchingInput({ pairs, choices, value, onChange, disabled, errorId }: MatchingInputProps) {
  const baseId = useId();

  function choose(pairId: string, choiceId: string) {
    const next = Object.fromEntries(Object.entries(value).filter(([id]) => id !== pairId));
    if (choiceId !== '') next[pairId] = choiceId;
    onChange(next);
  }

  return (
    <div className="space-y-4">
      {pairs.map((pair) => {
        const id = `${baseId}-${pair.id}`;
        const chosen = Object.hasOwn(value, pair.id) ? (value[pair.id] ?? '') : '';
        return (
          <div key={pair.id}>
            <label htmlFor={id} className={fieldLabel}>
              {pair.text}
            </label>
            <select
              id={id}
              value={chosen}
              onChange={(event) => choose(pair.id, event.currentTarget.value)}
              disabled={disabled}
              aria-describedby={errorId}
              // Only the lists still empty are the ones the message is about.
              aria-invalid={errorId !== undefined && chosen === '' ? true : undefined}
              className={`mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base disabled:bg-slate-100 aria-invalid:border-red-700 ${focusRing}`}
            >
              <option value="">Choose…</option>
              {choices.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.text}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </div>
  );
}
