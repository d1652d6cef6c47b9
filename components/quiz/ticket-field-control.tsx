import { DateTimeInput } from '@/components/quiz/datetime-input';
import { fieldLabel, focusRing, textField } from '@/components/quiz/styles';
import { priorityLabel, type TicketFieldId, ticketField } from '@/lib/quiz/ticket-fields';
import { LEVEL_NAMES, LEVELS, PRIORITIES } from '@/lib/sla/priority';

export type TicketFieldControlProps = {
  /** The control's own id, unique on the page. */
  id: string;
  field: TicketFieldId;
  /** As the control gives it; '' while empty. */
  value: string;
  onChange: (value: string) => void;
  disabled: boolean;
  errorId?: string;
};

const selectClass = `mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 disabled:bg-slate-100 ${focusRing}`;

/** One labelled field of the ticket log: text, a number, a list of levels or priorities, or a date-time. */
export function TicketFieldControl({ id, field, value, onChange, disabled, errorId }: TicketFieldControlProps) {
  const { label, kind } = ticketField(field);
  const common = { id, disabled, 'aria-describedby': errorId, value, className: `mt-1 w-full ${textField}` };
  switch (kind) {
    case 'datetime':
      return <DateTimeInput id={id} label={label} value={value} onChange={onChange} disabled={disabled} errorId={errorId} />;
    case 'long-text':
      return (
        <div className="sm:col-span-2">
          <label htmlFor={id} className={fieldLabel}>
            {label}
          </label>
          <textarea {...common} rows={3} onChange={(event) => onChange(event.currentTarget.value)} />
        </div>
      );
    case 'level':
    case 'priority': {
      const options =
        kind === 'level'
          ? LEVELS.map((level) => ({ value: level, text: LEVEL_NAMES[level] }))
          : PRIORITIES.map((priority) => ({ value: priority, text: priorityLabel(priority) }));
      return (
        <div>
          <label htmlFor={id} className={fieldLabel}>
            {label}
          </label>
          <select {...common} className={selectClass} onChange={(event) => onChange(event.currentTarget.value)}>
            <option value="">Choose…</option>
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.text}
              </option>
            ))}
          </select>
        </div>
      );
    }
    case 'number':
      return (
        <div>
          <label htmlFor={id} className={fieldLabel}>
            {label}
          </label>
          <input {...common} type="number" inputMode="numeric" min={0} step={1} className={`mt-1 w-40 max-w-full ${textField}`} onChange={(event) => onChange(event.currentTarget.value)} />
        </div>
      );
    case 'text':
      return (
        <div>
          <label htmlFor={id} className={fieldLabel}>
            {label}
          </label>
          <input {...common} type="text" autoComplete="off" onChange={(event) => onChange(event.currentTarget.value)} />
        </div>
      );
  }
}
