import { type DayNumber, dayKey, dayNumberFromParts, weekdayOf } from './time';

/**
 * South African public holidays under the Public Holidays Act 36 of 1994 (in force from 1995).
 * One-off proclaimed days (election days and the like) are left out: a calendar adds them as
 * extra closed dates.
 */

export type PublicHoliday = {
  /** Local date, "YYYY-MM-DD". */
  date: string;
  name: string;
  /** True for the weekday that stands in for a holiday falling on a Sunday. */
  observed: boolean;
};

export const FIRST_HOLIDAY_YEAR = 1995;

const FIXED: readonly (readonly [month: number, day: number, name: string])[] = [
  [1, 1, "New Year's Day"],
  [3, 21, 'Human Rights Day'],
  [4, 27, 'Freedom Day'],
  [5, 1, "Workers' Day"],
  [6, 16, 'Youth Day'],
  [8, 9, "National Women's Day"],
  [9, 24, 'Heritage Day'],
  [12, 16, 'Day of Reconciliation'],
  [12, 25, 'Christmas Day'],
  [12, 26, 'Day of Goodwill'],
];

/** Easter Sunday in the Gregorian calendar (anonymous algorithm, as given by Meeus and Butcher). */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return { month: Math.floor(n / 31), day: (n % 31) + 1 };
}

type DatedHoliday = { day: DayNumber; name: string; observed: boolean };

/** Every public holiday of a year, sorted by date, with Sunday holidays' observed days added. */
export function publicHolidays(year: number): PublicHoliday[] {
  if (!Number.isInteger(year) || year < FIRST_HOLIDAY_YEAR || year > 9999) {
    throw new RangeError(`public holidays are known for whole years from ${FIRST_HOLIDAY_YEAR} to 9999, not ${year}`);
  }
  const easter = easterSunday(year);
  const easterDay = dayNumberFromParts(year, easter.month, easter.day);
  const actual: DatedHoliday[] = [
    ...FIXED.map(([month, day, name]) => ({ day: dayNumberFromParts(year, month, day), name, observed: false })),
    { day: easterDay - 2, name: 'Good Friday', observed: false },
    { day: easterDay + 1, name: 'Family Day', observed: false },
  ].sort((x, y) => x.day - y.day);

  // The Act moves a Sunday holiday to the Monday; when that Monday is itself a holiday
  // (Christmas on a Sunday), the day off moves on to the next free day, as in 2011, 2016 and 2022.
  const taken = new Set(actual.map((h) => h.day));
  const observed: DatedHoliday[] = [];
  for (const holiday of actual) {
    if (weekdayOf(holiday.day) !== 'sun') continue;
    let day = holiday.day + 1;
    while (taken.has(day)) day += 1;
    taken.add(day);
    observed.push({ day, name: holiday.name, observed: true });
  }

  return [...actual, ...observed]
    .sort((x, y) => x.day - y.day || Number(x.observed) - Number(y.observed))
    .map((h) => ({ date: dayKey(h.day), name: h.name, observed: h.observed }));
}

const byYear = new Map<number, Map<string, PublicHoliday[]>>();

/** The public holidays on one local day (usually none, rarely two). Empty before 1995. */
export function holidaysOn(day: DayNumber): PublicHoliday[] {
  const key = dayKey(day);
  const year = Number(key.slice(0, 4));
  if (year < FIRST_HOLIDAY_YEAR) return [];
  let index = byYear.get(year);
  if (!index) {
    index = new Map();
    for (const holiday of publicHolidays(year)) {
      index.set(holiday.date, [...(index.get(holiday.date) ?? []), holiday]);
    }
    byYear.set(year, index);
  }
  return index.get(key) ?? [];
}
