import { registerDate } from '@/lib/content/registration-status';
import { localDayNumber, parseLocalDate } from '@/lib/sla/time';
import type { Settings } from '@/lib/settings/settings-schema';

/**
 * The last dates for enrolment and achievement of a legacy unit standard are set by SAQA/QCTO and
 * entered by the provider. Each is the last day on which the thing may still happen (SAST); from
 * the next day on it is refused. Nothing else is affected: records stay readable.
 */

type LastDates = Pick<Settings, 'lastEnrolmentDate' | 'lastAchievementDate'>;

/** The last date itself when it has passed (SAST), otherwise null. */
function passedDate(lastDate: string | null, now: Date): string | null {
  const last = lastDate === null ? null : parseLocalDate(lastDate);
  return lastDate !== null && last !== null && localDayNumber(now) > last ? lastDate : null;
}

/** "30 June 2026": a stored day written as people read it. */
export function spelledDate(date: string): string {
  const day = parseLocalDate(date);
  return day === null ? date : registerDate(date);
}

/** Why a new learner may not be enrolled now, or null while enrolment is open. */
export function enrolmentClosedReason(settings: LastDates, now: Date): string | null {
  const last = passedDate(settings.lastEnrolmentDate, now);
  if (last === null) return null;
  return `Enrolment on this unit standard has closed. The last date for enrolment, set by SAQA and the QCTO, was ${spelledDate(last)}, so no new learner accounts can be created. Ask the training provider about a current qualification.`;
}

/** Why a new assessment attempt may not start now, or null while attempts are open. */
export function attemptsClosedReason(settings: LastDates, now: Date): string | null {
  const last = passedDate(settings.lastAchievementDate, now);
  if (last === null) return null;
  return `New assessment attempts have closed. The last date for achievement of this unit standard, set by SAQA and the QCTO, was ${spelledDate(last)}. Your attempts and your record of learning stay available to read.`;
}
