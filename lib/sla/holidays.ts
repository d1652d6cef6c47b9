import { type DayNumber, dayKey, dayNumberFromParts, parseLocalDate, weekdayOf } from './time';

/**
 * South African public holidays as the Public Holidays Act 36 of 1994 made them (in force from
 * 1 January 1995): the days in Schedule 1, the Sunday rule of section 2(1) ("whenever any public
 * holiday falls on a Sunday, the Monday following on it shall be a public holiday"), and the
 * one-off days the President declared under section 2A, added by Act 48 of 1995.
 *
 * The Sunday rule gives no further day when that Monday is already a holiday (Christmas on a
 * Sunday, Day of Goodwill on the Monday): the 27 December off in 2011, 2016 and 2022 was declared
 * each time under section 2A, and in 2005 nothing was declared. Future declarations are not
 * guessed; a provider adds them to its own calendar as they are proclaimed.
 */

export type PublicHoliday = {
  /** Local date, "YYYY-MM-DD". */
  date: string;
  name: string;
  /** True for the Monday that the Sunday rule adds after a holiday on a Sunday. */
  observed: boolean;
  /** True for a one-off day declared under section 2A. */
  proclaimed: boolean;
};

export const FIRST_HOLIDAY_YEAR = 1995;

const SCHEDULE_1: readonly (readonly [month: number, day: number, name: string])[] = [
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

/**
 * Days declared public holidays under section 2A, each with where the declaration can be read.
 * Not here, because no declaration was made: 5 December 2000 (local elections), 27 December 2005
 * (Christmas on a Sunday), 2 May 2025 (the Friday after Workers' Day; government said it was a
 * normal working day).
 */
export const PROCLAIMED_HOLIDAYS: readonly { date: string; name: string }[] = [
  // Notice R. 54 of 1999, Government Gazette 20032 of 7 May 1999 (listed in the Act's history on acts.co.za).
  { date: '1999-06-02', name: 'National and provincial elections' },
  // Presidency statement of 28 October 1999 (info.gov.za/speeches/1999/991028409p1002.htm); the
  // millennium weekend ran to Monday 3 January 2000, which the Sunday rule adds after 2 January.
  { date: '1999-12-31', name: 'Millennium public holiday' },
  { date: '2000-01-02', name: 'Millennium public holiday' },
  // Notice R. 17 of 2004, Government Gazette 26075 of 19 February 2004 (acts.co.za).
  { date: '2004-04-14', name: 'National and provincial elections' },
  // Local government elections of 1 March 2006: Wikipedia, "Public holidays in South Africa", once-off holidays.
  { date: '2006-03-01', name: 'Local government elections' },
  // Notice R. 7 of 2008, Government Gazette 30900 of 20 March 2008 (acts.co.za): the day given
  // back when Good Friday fell on Human Rights Day, 21 March 2008.
  { date: '2008-05-02', name: 'Public holiday (Human Rights Day fell on Good Friday)' },
  // Notice 17 of 2009, Government Gazette 32039 of 19 March 2009 (acts.co.za).
  { date: '2009-04-22', name: 'National and provincial elections' },
  // Presidency statement of 14 March 2011 declaring 18 May 2011 under section 2A.
  { date: '2011-05-18', name: 'Local government elections' },
  // Presidency statement of 14 December 2011 (Acting President Motlanthe, section 2A).
  { date: '2011-12-27', name: 'Public holiday (Christmas Day fell on a Sunday)' },
  // Government Notice 12 of 2014, Government Gazette 37376 of 25 February 2014.
  { date: '2014-05-07', name: 'National and provincial elections' },
  // SAnews (sanews.gov.za), "President declares 3 August a holiday", 25 June 2016.
  { date: '2016-08-03', name: 'Local government elections' },
  // Presidency statement of 19 September 2016 (section 2A), after a request by FEDUSA.
  { date: '2016-12-27', name: 'Public holiday (Christmas Day fell on a Sunday)' },
  // Presidency statement of 26 February 2019: 8 May 2019 declared under section 2A.
  { date: '2019-05-08', name: 'National and provincial elections' },
  // Proclamation 38 of 2021, Government Gazette 45354 of 22 October 2021.
  { date: '2021-11-01', name: 'Local government elections' },
  // Presidency statement of 8 December 2022 (section 2A).
  { date: '2022-12-27', name: 'Public holiday (Christmas Day fell on a Sunday)' },
  // President's address of 30 October 2023 (gov.za): Friday 15 December 2023, after the Rugby World Cup.
  { date: '2023-12-15', name: 'Public holiday (Rugby World Cup victory)' },
  // gov.za notice "Public Holidays Act: Declaration of 29 May 2024 public holiday", Government Gazette of 23 February 2024.
  { date: '2024-05-29', name: 'National and provincial elections' },
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

type DatedHoliday = { day: DayNumber; name: string; observed: boolean; proclaimed: boolean };

function proclaimedIn(year: number): DatedHoliday[] {
  return PROCLAIMED_HOLIDAYS.filter((h) => h.date.startsWith(`${year}-`)).map((h) => ({
    day: parseLocalDate(h.date) ?? Number.NaN,
    name: h.name,
    observed: false,
    proclaimed: true,
  }));
}

/** Every public holiday of a year, sorted by date, with the Sunday rule's Mondays added. */
export function publicHolidays(year: number): PublicHoliday[] {
  if (!Number.isInteger(year) || year < FIRST_HOLIDAY_YEAR || year > 9999) {
    throw new RangeError(`public holidays are known for whole years from ${FIRST_HOLIDAY_YEAR} to 9999, not ${year}`);
  }
  const easter = easterSunday(year);
  const easterDay = dayNumberFromParts(year, easter.month, easter.day);
  const actual: DatedHoliday[] = [
    ...SCHEDULE_1.map(([month, day, name]) => ({ day: dayNumberFromParts(year, month, day), name, observed: false, proclaimed: false })),
    { day: easterDay - 2, name: 'Good Friday', observed: false, proclaimed: false },
    { day: easterDay + 1, name: 'Family Day', observed: false, proclaimed: false },
    ...proclaimedIn(year),
  ];

  // Section 2(1) names the Monday and nothing else: a Monday that is already a holiday adds no day.
  const taken = new Set(actual.map((h) => h.day));
  const observed: DatedHoliday[] = [];
  for (const holiday of actual) {
    if (weekdayOf(holiday.day) !== 'sun' || taken.has(holiday.day + 1)) continue;
    taken.add(holiday.day + 1);
    observed.push({ day: holiday.day + 1, name: holiday.name, observed: true, proclaimed: holiday.proclaimed });
  }

  return [...actual, ...observed]
    .sort((x, y) => x.day - y.day || Number(x.observed) - Number(y.observed))
    .map((h) => ({ date: dayKey(h.day), name: h.name, observed: h.observed, proclaimed: h.proclaimed }));
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
