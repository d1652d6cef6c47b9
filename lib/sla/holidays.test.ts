import { expect, test } from 'vitest';
import { easterSunday, holidaysOn, type PublicHoliday, publicHolidays } from './holidays';
import { dayKey, dayNumberFromParts, parseLocalDate, weekdayOf } from './time';

function list(year: number): string[] {
  return publicHolidays(year).map((h) => `${h.date} ${h.name}${h.observed ? ' (observed)' : ''}${h.proclaimed ? ' [proclaimed]' : ''}`);
}

function dates(year: number): string[] {
  return publicHolidays(year).map((h) => h.date);
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

test('2016: Workers Day falls on a Sunday and moves to Monday; 3 August and 27 December were declared', () => {
  expect(list(2016)).toEqual([
    "2016-01-01 New Year's Day",
    '2016-03-21 Human Rights Day',
    '2016-03-25 Good Friday',
    '2016-03-28 Family Day',
    '2016-04-27 Freedom Day',
    "2016-05-01 Workers' Day",
    "2016-05-02 Workers' Day (observed)",
    '2016-06-16 Youth Day',
    '2016-08-03 Local government elections [proclaimed]',
    "2016-08-09 National Women's Day",
    '2016-09-24 Heritage Day',
    '2016-12-16 Day of Reconciliation',
    '2016-12-25 Christmas Day',
    '2016-12-26 Day of Goodwill',
    '2016-12-27 Public holiday (Christmas Day fell on a Sunday) [proclaimed]',
  ]);
});

test('2022: Christmas on a Sunday gives no automatic day; Tuesday 27 December was declared', () => {
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
    '2022-12-27 Public holiday (Christmas Day fell on a Sunday) [proclaimed]',
  ]);
});

test('2024: Easter on 31 March puts Family Day on 1 April; election day; Youth Day is observed on Monday', () => {
  expect(list(2024)).toEqual([
    "2024-01-01 New Year's Day",
    '2024-03-21 Human Rights Day',
    '2024-03-29 Good Friday',
    '2024-04-01 Family Day',
    '2024-04-27 Freedom Day',
    "2024-05-01 Workers' Day",
    '2024-05-29 National and provincial elections [proclaimed]',
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

test('from 1995 to 2200 a Sunday holiday gets the Monday after it, unless that Monday is already a holiday', () => {
  for (let year = 1995; year <= 2200; year += 1) {
    const holidays = publicHolidays(year);
    const actualDates = new Set(holidays.filter((h) => !h.observed).map((h) => h.date));
    const next = (date: string) => dayKey((parseLocalDate(date) ?? 0) + 1);
    const sundays = holidays.filter((h) => !h.observed && weekdayOf(parseLocalDate(h.date) ?? 0) === 'sun');
    const expected = sundays.filter((h) => !actualDates.has(next(h.date))).map((h) => `${next(h.date)} ${h.name}`);
    const observed = holidays.filter((h) => h.observed);
    expect(observed.map((h) => `${h.date} ${h.name}`)).toEqual(expected);
    for (const h of observed) expect(weekdayOf(parseLocalDate(h.date) ?? 0)).toBe('mon');
  }
});

test('every one-off day declared under section 2A since 1995 is a holiday, and nothing else is added', () => {
  const proclaimed = [
    '1999-06-02',
    '1999-12-31',
    '2000-01-02',
    '2004-04-14',
    '2006-03-01',
    '2008-05-02',
    '2009-04-22',
    '2011-05-18',
    '2011-12-27',
    '2014-05-07',
    '2016-08-03',
    '2016-12-27',
    '2019-05-08',
    '2021-11-01',
    '2022-12-27',
    '2023-12-15',
    '2024-05-29',
  ];
  const found: string[] = [];
  for (let year = 1995; year <= 2030; year += 1) {
    found.push(...publicHolidays(year).filter((h) => h.proclaimed && !h.observed).map((h) => h.date));
  }
  expect(found).toEqual(proclaimed);
  for (const date of proclaimed) {
    expect(holidaysOn(parseLocalDate(date) ?? 0).map((h) => h.proclaimed)).toContain(true);
  }
});

test('the millennium Sunday, 2 January 2000, gives Monday 3 January by the Sunday rule', () => {
  expect(list(2000).slice(0, 3)).toEqual([
    "2000-01-01 New Year's Day",
    '2000-01-02 Millennium public holiday [proclaimed]',
    '2000-01-03 Millennium public holiday (observed) [proclaimed]',
  ]);
});

test('days that were never declared stay working days', () => {
  // Christmas on a Sunday in 2005 and in 2033: nothing is automatic, so 27 December is open.
  expect(dates(2005)).not.toContain('2005-12-27');
  expect(dates(2033)).not.toContain('2033-12-27');
  // Local elections of 5 December 2000 were not declared a public holiday.
  expect(dates(2000)).not.toContain('2000-12-05');
  // Good Friday on Human Rights Day in 2008: the Act moves nothing; only the declared 2 May is added.
  expect(dates(2008).filter((d) => d.startsWith('2008-03-2') || d.startsWith('2008-05-0'))).toEqual(['2008-03-21', '2008-03-21', '2008-03-24', '2008-05-01', '2008-05-02']);
  // 2 May 2025, the Friday after Workers' Day, stayed a working day.
  expect(dates(2025)).not.toContain('2025-05-02');
});

test('no election day is guessed for years after the last declaration', () => {
  for (let year = 2025; year <= 2040; year += 1) {
    expect(publicHolidays(year).filter((h) => h.proclaimed)).toEqual([]);
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
