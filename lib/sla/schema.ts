import { z } from 'zod';
import { PAUSE_MESSAGES, PAUSE_REASONS, pauseProblem } from './pauses';
import { DEFAULT_CALENDAR } from './calendar';
import { DEFAULT_TARGETS, PRIORITIES } from './priority';
import { parseLocalDate, parseLocalDateTime, WEEKDAYS } from './time';

/**
 * The zod shapes of SLA settings and ticket input; every type the calculator uses comes from here.
 * Calculation modules import these types only, so browser bundles that compute due times stay
 * free of zod.
 */

export const WeekdaySchema = z.enum(WEEKDAYS, { error: 'must be a weekday code: mon, tue, wed, thu, fri, sat or sun' });

const CLOCK_TIME = /^(?:([01]\d|2[0-3]):[0-5]\d|24:00)$/;

export const ClockTimeSchema = z.string().regex(CLOCK_TIME, 'must be a time of day written as HH:mm (00:00 to 24:00)');

export const LocalDateSchema = z
  .string()
  .refine((text) => parseLocalDate(text) !== null, 'must be a real date written as YYYY-MM-DD');

export const LocalDateTimeSchema = z
  .string()
  .refine((text) => parseLocalDateTime(text) !== null, 'must be a real local date and time written as YYYY-MM-DDTHH:mm');

function minutesOf(time: string): number {
  return time === '24:00' ? 24 * 60 : Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

export const WorkingHoursSchema = z
  .strictObject({ start: ClockTimeSchema, end: ClockTimeSchema })
  // A badly written time already has its own message; compare only two well-formed times.
  .refine((h) => !CLOCK_TIME.test(h.start) || !CLOCK_TIME.test(h.end) || minutesOf(h.end) > minutesOf(h.start), {
    message: 'the working day must end after it starts',
    path: ['end'],
  });

export const BusinessCalendarSchema = z.strictObject({
  workingDays: z
    .array(WeekdaySchema)
    .min(1, 'needs at least one working day')
    .refine((days) => new Set(days).size === days.length, 'must not list a day twice')
    .default(() => [...DEFAULT_CALENDAR.workingDays]),
  hours: WorkingHoursSchema.default(() => ({ ...DEFAULT_CALENDAR.hours })),
  /** False (the default): public holidays are closed days and the clock does not run. */
  workOnPublicHolidays: z.boolean().default(false),
  /** One-off closed days such as a proclaimed election day, "YYYY-MM-DD". */
  extraClosedDates: z.array(LocalDateSchema).default([]),
});
export type BusinessCalendar = z.output<typeof BusinessCalendarSchema>;

export const PrioritySchema = z.enum(PRIORITIES, { error: 'must be a priority: P1, P2, P3 or P4' });

const minutes = z
  .number({ error: 'must be a number of minutes' })
  .int('must be a whole number of minutes')
  .positive('must be more than zero minutes');

export const TargetSchema = z
  .strictObject({ responseMinutes: minutes, resolutionMinutes: minutes })
  .refine((t) => !(t.responseMinutes > t.resolutionMinutes), {
    message: 'the response target must not be longer than the resolution target',
    path: ['responseMinutes'],
  });
export type Target = z.output<typeof TargetSchema>;

export const SlaTargetsSchema = z.strictObject({ P1: TargetSchema, P2: TargetSchema, P3: TargetSchema, P4: TargetSchema });
export type SlaTargets = z.output<typeof SlaTargetsSchema>;

export const PauseReasonSchema = z.enum(PAUSE_REASONS, { error: PAUSE_MESSAGES.reason });

export const PauseSchema = z
  .strictObject({
    from: z.date({ error: PAUSE_MESSAGES.from }),
    to: z.date({ error: PAUSE_MESSAGES.to }),
    reason: PauseReasonSchema,
  })
  .superRefine((pause, ctx) => {
    const problem = pauseProblem(pause);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['to'] });
  });
export type Pause = z.output<typeof PauseSchema>;

/** A ticket's clock settings; calendar and targets default to the brief's. */
export const DueTimesInputSchema = z
  .strictObject({
    loggedAt: z.date({ error: 'the time the ticket was logged must be a valid date and time' }),
    priority: PrioritySchema,
    pauses: z.array(PauseSchema).default([]),
    calendar: BusinessCalendarSchema.default(() => structuredClone(DEFAULT_CALENDAR)),
    targets: SlaTargetsSchema.default(() => structuredClone(DEFAULT_TARGETS)),
  })
  .superRefine((input, ctx) => {
    input.pauses.forEach((pause, index) => {
      if (pause.from.getTime() < input.loggedAt.getTime()) {
        ctx.addIssue({ code: 'custom', message: PAUSE_MESSAGES.beforeLogged, path: ['pauses', index, 'from'] });
      }
    });
  });
export type DueTimesInput = z.output<typeof DueTimesInputSchema>;
