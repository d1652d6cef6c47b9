import { addRunningTime } from '@/lib/sla/business-time';
import { DEFAULT_CALENDAR } from '@/lib/sla/calendar';
import { mergePauses } from '@/lib/sla/pauses';
import type { BusinessCalendar } from '@/lib/sla/schema';
import { formatLocalDateTime, MINUTE_MS, parseLocalDateTime } from '@/lib/sla/time';
import type { Clock, Question } from '@/lib/quiz/schema';

/** Why a clock's facts cannot be run, or null when they can. */
export function clockProblem(clock: Clock): string | null {
  const logged = parseLocalDateTime(clock.logged);
  if (!logged) return `logged "${clock.logged}" is not a local date and time`;
  for (const [index, pause] of clock.pauses.entries()) {
    const from = parseLocalDateTime(pause.from);
    const to = parseLocalDateTime(pause.to);
    if (!from || !to || to.getTime() <= from.getTime()) return `pauses[${index}] must end after it starts`;
    if (from.getTime() < logged.getTime()) return `pauses[${index}] starts before the ticket was logged`;
  }
  return null;
}

/** The due moment, "YYYY-MM-DDTHH:mm" SAST, on the given calendar (the course's calendar by default). */
export function clockAnswer(clock: Clock, calendar: BusinessCalendar = DEFAULT_CALENDAR): string {
  const problem = clockProblem(clock);
  const logged = parseLocalDateTime(clock.logged);
  if (problem || !logged) throw new RangeError(`the clock cannot run: ${problem}`);
  const paused = mergePauses(clock.pauses.map((pause) => ({ from: parseLocalDateTime(pause.from) ?? logged, to: parseLocalDateTime(pause.to) ?? logged })));
  return formatLocalDateTime(new Date(addRunningTime(logged.getTime(), clock.minutes * MINUTE_MS, calendar, paused)));
}

/**
 * The question as the provider marks it: a date-time answer with clock facts is recomputed on the
 * provider's calendar, so a closed date the provider added moves the key. When it moves, the
 * assessor's explanation says so; every other question is returned unchanged.
 */
export function onProviderCalendar<Q extends Question>(question: Q, calendar: BusinessCalendar): Q {
  if (question.type !== 'datetime' || !question.clock || calendar.extraClosedDates.length === 0) return question;
  const answer = clockAnswer(question.clock, calendar);
  if (answer === question.answer) return question;
  const note = ` On this provider's calendar, which is also closed on ${calendar.extraClosedDates.join(', ')}, the key moves from ${question.answer.replace('T', ' ')} to ${answer.replace('T', ' ')}.`;
  return { ...question, answer, explanation: `${question.explanation}${note}` };
}
