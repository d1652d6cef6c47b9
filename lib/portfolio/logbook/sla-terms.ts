import { DEFAULT_CALENDAR } from '@/lib/sla/calendar';
import { DEFAULT_TARGETS } from '@/lib/sla/priority';
import type { BusinessCalendar, SlaTargets } from '@/lib/sla/schema';

/** The SLA a logbook entry is measured against. */
export type SlaTerms = { calendar: BusinessCalendar; targets: SlaTargets };

/**
 * The course's targets on the South African business calendar (weekdays 09:00–17:00, public
 * holidays closed), plus the provider's own closed dates. This is the one place the provider's
 * dates join the calendar: pass them here once the settings hold them.
 */
export function logbookSlaTerms(providerClosedDates: readonly string[] = []): SlaTerms {
  return {
    calendar: { ...DEFAULT_CALENDAR, extraClosedDates: [...new Set([...DEFAULT_CALENDAR.extraClosedDates, ...providerClosedDates])].sort() },
    targets: DEFAULT_TARGETS,
  };
}
