import { DEFAULT_CALENDAR } from '@/lib/sla/calendar';
import type { BusinessCalendar } from '@/lib/sla/schema';
import type { Settings } from '@/lib/settings/settings-schema';

/**
 * The SLA calendar this provider works on: the course's business hours and public holidays, plus
 * the closed dates the provider entered (new declarations, its own shutdowns). lib/sla stays pure;
 * every caller that computes a due time for the provider passes this in.
 */
export function providerCalendar(settings: Pick<Settings, 'closedDates'>): BusinessCalendar {
  return { ...DEFAULT_CALENDAR, extraClosedDates: settings.closedDates.map((closed) => closed.date) };
}
