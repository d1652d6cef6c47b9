import { expect, test } from 'vitest';
import { easterSunday, holidaysOn, type PublicHoliday, publicHolidays } from './holidays';
import { dayNumberFromParts, parseLocalDate, weekdayOf } from './time';

function list(year: number): string[] {
  return publicHolidays(year).map((h) => `${h.date} ${h.name}${h.observed ? ' (observed)' : ''}`);
}

test('Easter Sunday matches published dates', () => {
  const known: [number, number, number][] = [
    [2000, 4, 23],
    [2008, 3, 23],
    [2011, 4, 24],
    [2016, 3, 27],
    [2019, 4, 21],
    [2022, 4, 17],
    [2024, 3, 31],
    [2025, 4, 20],
    [2026, 4, 5],
    [2038, 4, 25],
    [2285, 3, 22],
  ];
  for (const [year, month, day] of known) expect(easterSunday(year)).toEqual({ month, day });
});

test('2016: Workers Day and Christmas fall on Sundays; Christmas moves past Goodwill to Tuesday 27 Dec', () => {
  expect(list(2016)).toEqual([
    "2016-01-01 New Year's Day",
    '2016-03-21 Human Rights Day',
    '2016-03-25 Good Friday',
    '2016-03-28 Family Day',
    '2016-04-27 Freedom Day',
    "2016-05-01 Workers' Day",
    "2016-05-02 Workers' Day (observed)",
    '2016-06-16 Youth Day',
    "2016-08-09 National Women's Day",
    '2016-09-24 Heritage Day',
    '2016-12-16 Day of Reconciliation',
    '2016-12-25 Christmas Day',
    '2016-12-26 Day of Goodwill',
    '2016-12-27 Christmas Day (observed)',
  ]);
});

test('2022: Christmas on a Sunday gives Tuesday 27 Dec off', () => {
  expect(list(2022)).toEqual([
    "2022-01-01 New Year's Day",
    '2022-03-21 Human Rights Day',
    '2022-04-15 Good Friday',
    '2022-04-18 Family Day',
    '2022-04-27 Freedom Day',
    "2022-05-01 Workers' Day",
    "2022-05-02 Workers' Day (observed)",
    '2022-06-16 Youth Day',
    "2022-08-09 National Women's Day",
    '2022-09-24 Heritage Day',
    '2022-12-16 Day of Reconciliation',
    '2022-12-25 Christmas Day',
    '2022-12-26 Day of Goodwill',
    '2022-12-27 Christmas Day (observed)',
  ]);
});

test('2024: Easter on 31 March puts Family Day on 1 April; Youth Day is observed on Monday', () => {
  expect(list(2024)).toEqual([
    "2024-01-01 New Year's Day",
    '2024-03-21 Human Rights Day',
    '2024-03-29 Good Friday',
    '2024-04-01 Family Day',
    '2024-04-27 Freedom Day',
    "2024-05-01 Workers' Day",
    '2024-06-16 Youth Day',
    '2024-06-17 Youth Day (observed)',
    "2024-08-09 National Women's Day",
    '2024-09-24 Heritage Day',
    '2024-12-16 Day of Reconciliation',
    '2024-12-25 Christmas Day',
    '2024-12-26 Day of Goodwill',
  ]);
});

test('2025: Good Friday 18 April, Family Day 21 April, Freedom Day observed on Monday 28 April', () => {
  expect(list(2025)).toEqual([
    "2025-01-01 New Year's Day",
    '2025-03-21 Human Rights Day',
    '2025-04-18 Good Friday',
    '2025-04-21 Family Day',
    '2025-04-27 Freedom Day',
    '2025-04-28 Freedom Day (observed)',
    "2025-05-01 Workers' Day",
    '2025-06-16 Youth Day',
    "2025-08-09 National Women's Day",
    '2025-09-24 Heritage Day',
    '2025-12-16 Day of Reconciliation',
    '2025-12-25 Christmas Day',
    '2025-12-26 Day of Goodwill',
  ]);
});

test("2026: Good Friday 3 April, Family Day 6 April, Women's Day observed on Monday 10 August", () => {
  expect(list(2026)).toEqual([
    "2026-01-01 New Year's Day",
    '2026-03-21 Human Rights Day',
    '2026-04-03 Good Friday',
    '2026-04-06 Family Day',
    '2026-04-27 Freedom Day',
    "2026-05-01 Workers' Day",
    '2026-06-16 Youth Day',
    "2026-08-09 National Women's Day",
    "2026-08-10 National Women's Day (observed)",
    '2026-09-24 Heritage Day',
    '2026-12-16 Day of Reconciliation',
    '2026-12-25 Christmas Day',
    '2026-12-26 Day of Goodwill',
  ]);
});

test('2026 holidays fall on the weekdays the published calendar shows', () => {
  const weekday = (h: PublicHoliday) => weekdayOf(parseLocalDate(h.date) ?? Number.NaN);
  expect(publicHolidays(2026).map((h) => `${h.date.slice(5)} ${weekday(h)}`)).toEqual([
    '01-01 thu',
    '03-21 sat',
    '04-03 fri',
    '04-06 mon',
    '04-27 mon',
    '05-01 fri',
    '06-16 tue',
    '08-09 sun',
    '08-10 mon',
    '09-24 thu',
    '12-16 wed',
    '12-25 fri',
    '12-26 sat',
  ]);
});

test('from 1995 to 2200 every Sunday holiday gets exactly one observed weekday that is no other holiday', () => {
  for (let year = 1995; year <= 2200; year += 1) {
    const holidays = publicHolidays(year);
    const sundays = holidays.filter((h) => !h.observed && weekdayOf(parseLocalDate(h.date) ?? 0) === 'sun');
    const observed = holidays.filter((h) => h.observed);
    expect(observed.map((h) => h.name).sort()).toEqual(sundays.map((h) => h.name).sort());
    const actualDates = new Set(holidays.filter((h) => !h.observed).map((h) => h.date));
    for (const h of observed) {
      expect(actualDates.has(h.date)).toBe(false);
      expect(weekdayOf(parseLocalDate(h.date) ?? 0)).not.toBe('sun');
    }
    expect(new Set(observed.map((h) => h.date)).size).toBe(observed.length);
  }
});

test('a day can hold two holidays, as in 2008 when Good Friday fell on Human Rights Day', () => {
  expect(holidaysOn(dayNumberFromParts(2008, 3, 21)).map((h) => h.name).sort()).toEqual(['Good Friday', 'Human Rights Day']);
});

test('holidaysOn is empty on ordinary days and before the Act took effect', () => {
  expect(holidaysOn(dayNumberFromParts(2026, 3, 4))).toEqual([]);
  expect(holidaysOn(dayNumberFromParts(1994, 12, 25))).toEqual([]);
});

test('years before 1995 or not whole are rejected with a clear message', () => {
  expect(() => publicHolidays(1994)).toThrow('public holidays are known for whole years from 1995 to 9999, not 1994');
  expect(() => publicHolidays(2026.5)).toThrow(RangeError);
});
