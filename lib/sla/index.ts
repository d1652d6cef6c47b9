// Server code and tests import from here; browser components import the calculation modules
// directly so that zod (in ./schema) stays out of their bundles.
export { type BreachCheck, type BreachStatus, breachStatus, ESCALATION_THRESHOLDS, escalationTimes, timeLeft } from './breach';
export { addBusinessMinutes, businessMinutesBetween, isOpenAt, nextOpening } from './business-time';
export {
  ALWAYS_OPEN_CALENDAR,
  type ClosedDay,
  type ClosedDayKind,
  closedReason,
  DEFAULT_CALENDAR,
  minutesPerWorkingDay,
} from './calendar';
export { assertValidPauses, type DueTimes, dueTimes, type TicketClock } from './due-times';
export { easterSunday, FIRST_HOLIDAY_YEAR, holidaysOn, type PublicHoliday, publicHolidays } from './holidays';
export { isPauseReason, PAUSE_MESSAGES, PAUSE_REASON_LABELS, PAUSE_REASONS, type PauseReason, pauseProblem } from './pauses';
export {
  DEFAULT_TARGETS,
  explainPriority,
  IMPACT_DESCRIPTIONS,
  LEVEL_NAMES,
  LEVELS,
  type Level,
  PRIORITIES,
  PRIORITY_MATRIX,
  PRIORITY_NAMES,
  type Priority,
  priorityFor,
  URGENCY_DESCRIPTIONS,
} from './priority';
export {
  type BusinessCalendar,
  BusinessCalendarSchema,
  type DueTimesInput,
  DueTimesInputSchema,
  LocalDateSchema,
  LocalDateTimeSchema,
  type Pause,
  PauseSchema,
  PrioritySchema,
  type SlaTargets,
  SlaTargetsSchema,
  type Target,
  TargetSchema,
} from './schema';
export {
  formatDuration,
  formatLocalDateTime,
  formatLocalTime,
  formatReadable,
  formatReadableDate,
  localDayNumber,
  parseLocalDate,
  parseLocalDateTime,
  requireLocalDateTime,
  SAST_OFFSET_MINUTES,
  WEEKDAYS,
  type Weekday,
} from './time';
export { closedDaysBetween, type SegmentKind, type TimelineSegment, timelineSegments } from './timeline';
