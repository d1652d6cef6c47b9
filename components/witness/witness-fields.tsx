import type { TextareaHTMLAttributes } from 'react';

/** A form field name such as `saw:AC1.2` as an element id (`saw-AC1-2`): ids for CSS and anchors stay plain. */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
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

type TextAreaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { name: string; label: string; hint?: string; error?: string };

/** A labelled text area whose hint and error are tied to it for screen readers. */
export function TextAreaField({ name, label, hint, error, ...textarea }: TextAreaProps) {
  const id = fieldId(name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`block w-full rounded-md border px-3 py-2 text-slate-900 ${error ? 'border-red-700' : 'border-slate-400'}`}
        {...textarea}
      />
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

/** Radio buttons in a fieldset; none need be chosen (a criterion left blank is not seen). */
export function RadioGroup({ name, legend, options, value, error }: { name: string; legend: string; options: Record<string, string>; value: string | undefined; error?: string }) {
  const id = fieldId(name);
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined} className="space-y-1">
      <legend className="font-semibold text-slate-900">{legend}</legend>
      <div className="flex flex-wrap gap-x-6">
        {Object.entries(options).map(([option, label], index) => (
          <label key={option} className="flex min-h-11 items-center gap-2">
            <input type="radio" id={index === 0 ? id : undefined} name={name} value={option} defaultChecked={value === option} aria-invalid={error ? true : undefined} className="h-5 w-5" />
            {label}
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} error={error} />
    </fieldset>
  );
}

/** A checkbox with its label beside it and its error below. */
export function CheckboxField({ name, label, checked, error, describedBy }: { name: string; label: string; checked: boolean; error?: string; describedBy?: string }) {
  const id = fieldId(name);
  const ids = [describedBy, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={id} className="flex min-h-11 items-start gap-3">
        <input type="checkbox" id={id} name={name} value="yes" defaultChecked={checked} aria-invalid={error ? true : undefined} aria-describedby={ids} className="mt-1 h-5 w-5 shrink-0" />
        <span>{label}</span>
      </label>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}
