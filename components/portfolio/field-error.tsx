/** A field's error, tied to the field by its id in the field's aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm font-semibold text-red-800">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}

/** An element id from a form field name such as "note:AC1.2:reads-back". */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** aria-describedby from the ids that apply (hint, error), or nothing. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => Boolean(id));
  return present.length > 0 ? present.join(' ') : undefined;
}

export const inputClass = 'mt-1 block min-h-11 w-full max-w-md rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900';
export const textAreaClass = 'mt-1 block w-full rounded-md border border-slate-400 bg-white p-2 text-slate-900';
