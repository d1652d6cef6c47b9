import type { ProgressSnapshot } from '@/lib/progress/progress-schema';

/** JSON with object keys sorted, so equal values give equal text whatever order their keys were set in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** True when two copies of the progress hold the same lessons and answers. */
export function sameProgress(a: ProgressSnapshot, b: ProgressSnapshot): boolean {
  if (a.lessons === b.lessons && a.answers === b.answers) return true;
  return canonicalJson(a) === canonicalJson(b);
}
