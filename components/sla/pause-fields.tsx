import { SastDateTimeField } from '@/components/ui/sast-date-time-field';
import { isPauseReason, PAUSE_REASON_LABELS, PAUSE_REASONS } from '@/lib/sla/pauses';
import type { PauseError, PauseRow } from './clock-explorer-model';
import { ERROR_CLASS, FIELD_CLASS } from './field-styles';

type Props = {
  row: PauseRow;
  number: number;
  idPrefix: string;
  error: PauseError | undefined;
  onChange: (row: PauseRow) => void;
  onRemove: () => void;
};

/** One pause: when it started and ended, and the reason every pause must record. */
export function PauseFields({ row, number, idPrefix, error, onChange, onRemove }: Props) {
  const errorId = `${idPrefix}-error`;
  const invalid = (field: 'from' | 'to') => error?.field === field;
  return (
    <fieldset className="rounded border border-slate-300 p-3">
      <legend className="px-1 font-semibold text-slate-900">Pause {number}</legend>
      <div className="grid gap-3">
        <SastDateTimeField
          id={`${idPrefix}-from`}
          label="From"
          value={row.from}
          onChange={(from) => onChange({ ...row, from })}
          invalid={invalid('from')}
          describedBy={invalid('from') ? errorId : undefined}
        />
        <SastDateTimeField
          id={`${idPrefix}-to`}
          label="To"
          value={row.to}
          onChange={(to) => onChange({ ...row, to })}
          invalid={invalid('to')}
          describedBy={invalid('to') ? errorId : undefined}
        />
        <label className="text-sm text-slate-800">
          Reason
          <select
            value={row.reason}
            onChange={(e) => {
              const reason = e.target.value;
              if (isPauseReason(reason)) onChange({ ...row, reason });
            }}
            className={FIELD_CLASS}
          >
            {PAUSE_REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {PAUSE_REASON_LABELS[reason]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error ? (
        <p id={errorId} className={ERROR_CLASS}>
          <span aria-hidden="true">⚠ </span>
          {error.message}
        </p>
      ) : null}
      <button
        type="button"
        onClick={onRemove}
        className="mt-2 rounded border border-slate-500 px-3 py-1 text-sm text-slate-900 hover:bg-slate-100"
      >
        Remove pause {number}
      </button>
    </fieldset>
  );
}
