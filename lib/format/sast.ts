/** Dates and times as people in South Africa read them: South African Standard Time (UTC+2). */
const TIME_ZONE = 'Africa/Johannesburg';

const formatters = {
  /** "22 November 2026 at 13:24" */
  long: new Intl.DateTimeFormat('en-ZA', { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }),
  /** "22 Nov 2026, 13:24" */
  medium: new Intl.DateTimeFormat('en-ZA', { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }),
  /** with seconds, for the audit trail */
  precise: new Intl.DateTimeFormat('en-ZA', { dateStyle: 'medium', timeStyle: 'medium', timeZone: TIME_ZONE }),
  /** "22 Nov 2026" */
  date: new Intl.DateTimeFormat('en-ZA', { dateStyle: 'medium', timeZone: TIME_ZONE }),
  /** "22 November 2026" */
  longDate: new Intl.DateTimeFormat('en-ZA', { dateStyle: 'long', timeZone: TIME_ZONE }),
  /** "13:24:05" */
  clock: new Intl.DateTimeFormat('en-ZA', { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: TIME_ZONE }),
} as const;

export type SastStyle = keyof typeof formatters;

export function formatSastTime(value: Date, style: SastStyle = 'long'): string {
  return formatters[style].format(value);
}
