import type { InputHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { TextField } from '@/components/ui/text-field';
import { DATE_TIME_EXAMPLE } from '@/lib/portfolio/logbook/entry-schema';

function describedBy(...ids: (string | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="text-sm font-semibold text-red-800">
      <span aria-hidden="true">⚠ </span>
      {error}
    </p>
  );
}

/**
 * A date and time typed as text, "YYYY-MM-DD HH:MM" in 24-hour SAST: a browser's date-time picker
 * shows the browser's locale (often a 12-hour clock) and the person's own time zone.
 */
type DateTimeProps = InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; error?: string; optional?: boolean };

export function DateTimeField({ name, label, error, optional = false, ...input }: DateTimeProps) {
  return (
    <TextField
      {...input}
      name={name}
      label={label}
      hint={`${optional ? 'Leave empty if it has not happened yet. ' : ''}24-hour South African time (SAST), written YYYY-MM-DD HH:MM, for example ${DATE_TIME_EXAMPLE}.`}
      error={error}
      autoComplete="off"
      spellCheck={false}
      pattern="\d{4}-\d{2}-\d{2} \d{2}:\d{2}"
    />
  );
}

type TextAreaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { name: string; label: string; hint?: string; error?: string };

export function TextAreaField({ name, label, hint, error, ...textarea }: TextAreaProps) {
  const id = `field-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, errorId)}
        className={`block w-full max-w-2xl rounded-md border px-3 py-2 text-slate-900 ${error ? 'border-red-700' : 'border-slate-400'}`}
        {...textarea}
      />
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

export type Choice = { value: string; label: string; hint?: string };

/** Radio buttons in a fieldset; the group's error is read with each option. */
export function ChoiceGroup({ name, legend, choices, error, defaultValue }: { name: string; legend: string; choices: readonly Choice[]; error?: string; defaultValue?: string }) {
  const errorId = error ? `field-${name}-error` : undefined;
  return (
    <fieldset className="space-y-1">
      <legend className="font-semibold text-slate-900">{legend}</legend>
      <FieldError id={`field-${name}-error`} error={error} />
      <div className="flex flex-col gap-1">
        {choices.map((choice) => {
          const id = `field-${name}-${choice.value}`;
          const hintId = choice.hint ? `${id}-hint` : undefined;
          return (
            <div key={choice.value} className="flex items-start gap-2">
              <input
                type="radio"
                id={id}
                name={name}
                value={choice.value}
                defaultChecked={defaultValue === choice.value}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy(hintId, errorId)}
                className="mt-0.5 h-6 w-6 shrink-0"
              />
              <div>
                <label htmlFor={id} className="font-medium">
                  {choice.label}
                </label>
                {choice.hint ? (
                  <p id={hintId} className="text-sm text-slate-700">
                    {choice.hint}
                  </p>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
