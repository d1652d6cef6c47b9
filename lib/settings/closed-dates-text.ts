import { type ClosedDate, ClosedDateSchema, MAX_CLOSED_DATES } from '@/lib/settings/settings-schema';

/**
 * The admin form writes closed dates one to a line, "2026-11-04 Local government elections", so a
 * provider can paste a list from a circular. Each problem names its line.
 */

export type ClosedDatesParse = { ok: true; value: ClosedDate[] } | { ok: false; message: string };

const LINE = /^(\S+)\s+(.+)$/;

export function parseClosedDatesText(text: string): ClosedDatesParse {
  const value: ClosedDate[] = [];
  const seen = new Map<string, number>();
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const where = `Line ${index + 1} ("${line.length > 40 ? `${line.slice(0, 40)}…` : line}")`;
    const match = LINE.exec(line);
    if (!match) return { ok: false, message: `${where}: write the date as YYYY-MM-DD, a space and a name, for example "2026-11-04 Local government elections".` };
    const parsed = ClosedDateSchema.safeParse({ date: match[1], name: match[2] });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, message: `${where}: the ${String(issue?.path[0] ?? 'date')} ${issue?.message ?? 'is not valid'}.` };
    }
    const earlier = seen.get(parsed.data.date);
    if (earlier !== undefined) return { ok: false, message: `${where}: ${parsed.data.date} is already listed on line ${earlier}.` };
    seen.set(parsed.data.date, index + 1);
    value.push(parsed.data);
  }
  if (value.length > MAX_CLOSED_DATES) return { ok: false, message: `List at most ${MAX_CLOSED_DATES} dates (there are ${value.length}).` };
  return { ok: true, value: value.sort((a, b) => a.date.localeCompare(b.date)) };
}

/** The stored list as the form shows it: one date and name to a line. */
export function closedDatesText(dates: readonly ClosedDate[]): string {
  return dates.map((d) => `${d.date} ${d.name}`).join('\n');
}
