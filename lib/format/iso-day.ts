const DAY = new Intl.DateTimeFormat('en-ZA', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A calendar date kept as `yyyy-mm-dd` (no time, no zone), written for a person: "1 March 2027". */
export function formatIsoDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : DAY.format(date);
}
