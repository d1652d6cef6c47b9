import { formatLocalDateTime, localDateTimeToMinutes } from '@/lib/quiz/local-date-time';

const WEEKDAYS = ['Thursday', 'Friday', 'Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * "2026-04-28T11:00" → "Tuesday 28 April 2026 at 11:00". Worked out from the wall clock, not the
 * browser's time zone, so a learner outside South Africa sees the same SAST time.
 */
export function describeLocalDateTime(value: string): string {
  const minutes = localDateTimeToMinutes(value);
  if (minutes === null) return formatLocalDateTime(value);
  const [date = '', time = ''] = value.split('T');
  const [year = '', month = '', day = ''] = date.split('-');
  // Day 0 of the wall clock, 1 January 1970, was a Thursday.
  const days = Math.floor(minutes / 1440);
  const weekday = WEEKDAYS[((days % 7) + 7) % 7] ?? '';
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return `${weekday} ${Number(day)} ${monthName} ${year} at ${time}`;
}
