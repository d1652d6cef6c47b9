import { describedBy, FieldError, fieldId, inputClass } from '@/components/portfolio/field-error';

type Props = {
  /** What happened then, in words for the labels: "the interaction", "the interview". */
  what: string;
  date: string;
  time: string;
  onDate: (value: string) => void;
  onTime: (value: string) => void;
  /** Today in SAST, "YYYY-MM-DD": nothing later may be chosen. */
  today: string;
  errors: Record<string, string>;
};

/** The date and 24-hour time (SAST) something happened; the server refuses a moment still to come. */
export function MomentFields({ what, date, time, onDate, onTime, today, errors }: Props) {
  const dateId = fieldId('date');
  const timeId = fieldId('time');
  return (
    <div className="flex flex-wrap gap-6">
      <div>
        <label htmlFor={dateId} className="block font-semibold">
          Date of {what}
        </label>
        <input id={dateId} name="date" type="date" max={today} value={date} onChange={(event) => onDate(event.target.value)} aria-invalid={errors.date ? true : undefined} aria-describedby={describedBy(errors.date && `${dateId}-error`)} className={`${inputClass} max-w-xs`} />
        <FieldError id={`${dateId}-error`} message={errors.date} />
      </div>
      <div>
        <label htmlFor={timeId} className="block font-semibold">
          Time it started
        </label>
        <p id={`${timeId}-hint`} className="text-sm text-slate-700">
          24-hour clock, South African time, for example 14:30
        </p>
        <input
          id={timeId}
          name="time"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder="HH:mm"
          value={time}
          onChange={(event) => onTime(event.target.value)}
          aria-invalid={errors.time ? true : undefined}
          aria-describedby={describedBy(`${timeId}-hint`, errors.time && `${timeId}-error`)}
          className={`${inputClass} max-w-32`}
        />
        <FieldError id={`${timeId}-error`} message={errors.time} />
      </div>
    </div>
  );
}
