import type { Registration } from '@/lib/content/schema';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "30 June 2023" from "2023-06-30", without time zones: a register date is a calendar day. */
export function registerDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/**
 * The unit standard's standing, in the words every view uses (home page, record of learning on
 * screen, on paper and as a PDF), built only from course.yml.
 */
export function registrationLines(registration: Registration | undefined): { status: string; level: string | null } | null {
  if (!registration) return null;
  if (registration.status === 'registered') {
    return { status: `Registered until ${registerDate(registration.endDate)}`, level: registration.levelNote };
  }
  return {
    status: `Legacy unit standard: its registration ended on ${registerDate(registration.endDate)}. The last dates for enrolment and achievement are set by ${registration.lastDatesSetBy}.`,
    level: registration.levelNote,
  };
}

type UnitStandardLike = { id: number; nqfLevel: number; credits: number; registration?: Registration | undefined };

/** One line for headers and summaries: "SAQA US 114052 (legacy unit standard), pre-2009 NQF level 5, 8 credits". */
export function unitStandardLine(unitStandard: UnitStandardLike): string {
  const registration = unitStandard.registration;
  const legacy = registration?.status === 'legacy' ? ' (legacy unit standard)' : '';
  const level = registration?.levelNote ?? `NQF level ${unitStandard.nqfLevel}`;
  return `SAQA US ${unitStandard.id}${legacy}, ${level}, ${unitStandard.credits} credits`;
}
