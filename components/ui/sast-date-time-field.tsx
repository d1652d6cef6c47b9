import { useId, useState } from 'react';
import {
  combineParts,
  DATE_EXAMPLE,
  type DateTimePart,
  type DateTimeParts,
  partProblems,
  splitLocalDateTime,
  tidyParts,
} from '@/lib/forms/sast-date-time-parts';

// Plain React only: the quiz and the SLA explorers use this field inside lesson islands.

export const SAST_HINT = '24-hour time, South African time (SAST).';

const focusRing = 'focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-600';
const partClass = `mt-1 block min-h-11 rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 disabled:bg-slate-100 aria-invalid:border-red-700 aria-invalid:ring-2 aria-invalid:ring-red-700 ${focusRing}`;

type Common = {
  /** The legend: what the moment is, such as "Ticket logged at". */
  label: string;
  disabled?: boolean;
  /** Ids of messages about the whole date-time given outside, such as "Enter a date and a time". */
  describedBy?: string;
  /** Marks every part invalid, for a problem found outside (a range, an order of moments). */
  invalid?: boolean;
  /** Id of the date part; the hour and minute are `${id}-hour` and `${id}-minute`. */
  id?: string;
  /** Said before the 24-hour hint, such as "Leave empty if it has not happened yet." */
  hint?: string;
};

type PartsProps = Common & {
  parts: DateTimeParts;
  onPartsChange: (parts: DateTimeParts) => void;
  /**
   * For a form posted to the server: the date posts as `date`, the hour and minute as `${time}.hour`
   * and `${time}.minute`, which the server joins with `postedTime`. Named parts post without JavaScript.
   */
  postAs?: { date: string; time: string };
  /** Problems the server found, shown with the part they are about. */
  errors?: { date?: string | undefined; time?: string | undefined };
};

const digitsOnly = (text: string) => text.replace(/\D/g, '').slice(0, 2);

/**
 * A date (YYYY-MM-DD) and a 24-hour hour and minute, in one fieldset named by its legend. Text
 * fields rather than the browser's pickers, which follow the browser's locale and may show AM/PM.
 */
export function SastDateTimePartsField({ label, parts, onPartsChange, disabled, describedBy, invalid, id, hint, postAs, errors }: PartsProps) {
  const ownId = useId();
  const dateId = id ?? `${ownId}-date`;
  const hintId = `${dateId}-hint`;
  // A problem shows once a part has been left, not while it is half typed.
  const [left, setLeft] = useState<Partial<Record<DateTimePart, boolean>>>({});
  const problems = partProblems(parts);
  const messages: { part: DateTimePart; id: string; text: string }[] = [];
  const shown: Partial<Record<DateTimePart, string>> = {};
  for (const part of ['date', 'hour', 'minute'] as const) {
    const text = left[part] ? problems[part] : undefined;
    if (text) shown[part] = text;
  }
  const serverTime = errors?.time && !shown.hour && !shown.minute ? errors.time : undefined;
  const serverDate = errors?.date && !shown.date ? errors.date : undefined;
  for (const [part, text] of [
    ['date', shown.date ?? serverDate],
    ['hour', shown.hour ?? serverTime],
    ['minute', shown.minute],
  ] as const) {
    if (text) messages.push({ part, id: `${dateId}-${part}-error`, text });
  }
  const errorIdOf = (part: DateTimePart) => messages.find((message) => message.part === part)?.id;
  const timeErrorId = serverTime === undefined ? undefined : errorIdOf('hour');
  const describe = (part: DateTimePart) => [hintId, errorIdOf(part) ?? (part === 'minute' ? timeErrorId : undefined), describedBy].filter(Boolean).join(' ');
  // A problem found outside (often only that the value is unfinished) marks every part, unless a
  // part's own message already says which one is wrong. A refused time is about hour and minute together.
  const partInvalid = (part: DateTimePart) =>
    (invalid && messages.length === 0) || errorIdOf(part) !== undefined || (part === 'minute' && timeErrorId !== undefined) ? true : undefined;

  const change = (part: DateTimePart, text: string) => onPartsChange({ ...parts, [part]: part === 'date' ? text : digitsOnly(text) });
  const leave = (part: DateTimePart) => {
    if (parts[part].trim() === '') return;
    setLeft((current) => (current[part] ? current : { ...current, [part]: true }));
    const tidy = tidyParts(parts);
    if (tidy[part] !== parts[part]) onPartsChange(tidy);
  };

  return (
    <fieldset className="min-w-0">
      <legend className="font-semibold text-slate-900">{label}</legend>
      <p id={hintId} className="text-sm text-slate-700">
        {hint ? `${hint} ` : ''}
        {SAST_HINT} Date as YYYY-MM-DD, for example {DATE_EXAMPLE}.
      </p>
      <div className="mt-1 flex flex-wrap items-end gap-x-3 gap-y-2">
        <div>
          <label htmlFor={dateId} className="block text-sm font-medium text-slate-900">
            Date
          </label>
          <input
            id={dateId}
            name={postAs?.date}
            type="text"
            autoComplete="off"
            spellCheck={false}
            maxLength={10}
            value={parts.date}
            onChange={(event) => change('date', event.currentTarget.value)}
            onBlur={() => leave('date')}
            disabled={disabled}
            aria-invalid={partInvalid('date')}
            aria-describedby={describe('date')}
            className={`${partClass} w-36`}
          />
        </div>
        <div className="flex items-end gap-1">
          <div>
            <label htmlFor={`${dateId}-hour`} className="block text-sm font-medium text-slate-900">
              Hour
            </label>
            <input
              id={`${dateId}-hour`}
              name={postAs ? `${postAs.time}.hour` : undefined}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              maxLength={2}
              value={parts.hour}
              onChange={(event) => change('hour', event.currentTarget.value)}
              onBlur={() => leave('hour')}
              disabled={disabled}
              aria-invalid={partInvalid('hour')}
              aria-describedby={describe('hour')}
              className={`${partClass} w-16 text-center`}
            />
          </div>
          <span aria-hidden="true" className="pb-2 text-lg font-semibold text-slate-900">
            :
          </span>
          <div>
            <label htmlFor={`${dateId}-minute`} className="block text-sm font-medium text-slate-900">
              Minute
            </label>
            <input
              id={`${dateId}-minute`}
              name={postAs ? `${postAs.time}.minute` : undefined}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              maxLength={2}
              value={parts.minute}
              onChange={(event) => change('minute', event.currentTarget.value)}
              onBlur={() => leave('minute')}
              disabled={disabled}
              aria-invalid={partInvalid('minute')}
              aria-describedby={describe('minute')}
              className={`${partClass} w-16 text-center`}
            />
          </div>
        </div>
      </div>
      {messages.map((message) => (
        <p key={message.part} id={message.id} className="mt-1 text-sm font-semibold text-red-800">
          <span aria-hidden="true">⚠ </span>
          {message.text}
        </p>
      ))}
    </fieldset>
  );
}

type ValueProps = Common & {
  /** "YYYY-MM-DDTHH:mm", or '' while any part is missing or wrong: what a datetime-local input gave. */
  value: string;
  onChange: (value: string) => void;
};

/** The date-time field for a value "YYYY-MM-DDTHH:mm"; it keeps half-typed parts to itself. */
export function SastDateTimeField({ value, onChange, ...common }: ValueProps) {
  const [parts, setParts] = useState<DateTimeParts>(() => splitLocalDateTime(value));
  const [seen, setSeen] = useState(value);
  // A value set from outside (a saved answer shown again, a reset) replaces what was typed.
  if (value !== seen) {
    setSeen(value);
    if (value !== combineParts(parts)) setParts(splitLocalDateTime(value));
  }
  const update = (next: DateTimeParts) => {
    setParts(next);
    const combined = combineParts(next);
    if (combined !== value) {
      setSeen(combined);
      onChange(combined);
    }
  };
  return <SastDateTimePartsField {...common} parts={parts} onPartsChange={update} />;
}
