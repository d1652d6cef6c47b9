import { DEFAULT_CALENDAR } from '@/lib/sla/calendar';
import type { BusinessCalendar } from '@/lib/sla/schema';
import { spelledDate } from '@/lib/settings/course-dates';
import type { Settings } from '@/lib/settings/settings-schema';

/**
 * The SLA calendar this provider works on: the course's business hours and public holidays, plus
 * the closed dates the provider entered (new declarations, its own shutdowns). lib/sla stays pure;
 * every caller that computes a due time for the provider passes this in.
 */
export function providerCalendar(settings: Pick<Settings, 'closedDates'>): BusinessCalendar {
  return { ...DEFAULT_CALENDAR, extraClosedDates: settings.closedDates.map((closed) => closed.date) };
}

/** For the learner, beside SLA tasks: the provider's extra closed dates in words, or null when there are none. */
export function closedDatesNote(settings: Pick<Settings, 'closedDates'>): string | null {
  if (settings.closedDates.length === 0) return null;
  const days = settings.closedDates.map((closed) => `${spelledDate(closed.date)} (${closed.name})`).join('; ');
  return `Your training provider's desk is also closed on ${days}. Leave these days out too.`;
}
