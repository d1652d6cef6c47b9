/** Form field names of a checklist behaviour's mark and note, shared by the form and the errors it shows. */
export function markField(code: string, behaviourId: string): string {
  return `behaviour:${code}:${behaviourId}`;
}

export function noteField(code: string, behaviourId: string): string {
  return `note:${code}:${behaviourId}`;
}
