import { parseLocalDateTime } from '@/lib/sla/time';

export type MomentResult = { ok: true; at: Date } | { ok: false; fieldErrors: Record<string, string> };

/**
 * The moment an interaction happened, from a date ("YYYY-MM-DD") and a 24-hour time ("HH:mm") in
 * SAST. Evidence records what happened, so a moment after `now` is refused.
 */
export function parseSastMoment(date: string, time: string, now: Date): MomentResult {
  const fieldErrors: Record<string, string> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fieldErrors.date = 'Enter the date as YYYY-MM-DD, for example 2026-03-02.';
  if (!/^\d{2}:\d{2}$/.test(time)) fieldErrors.time = 'Enter the time on the 24-hour clock as HH:mm, for example 14:30.';
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  const at = parseLocalDateTime(`${date}T${time}`);
  if (!at) {
    const [hour = 0, minute = 0] = time.split(':').map(Number);
    return hour > 23 || minute > 59
      ? { ok: false, fieldErrors: { time: `${time} is not a time on the 24-hour clock: hours go to 23 and minutes to 59.` } }
      : { ok: false, fieldErrors: { date: `${date} is not a real date.` } };
  }
  if (at.getTime() > now.getTime()) return { ok: false, fieldErrors: { date: 'That date and time is still to come: record what has already happened.' } };
  return { ok: true, at };
}
