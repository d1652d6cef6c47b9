import { expect, test } from 'vitest';
import { closedDatesText, parseClosedDatesText } from '@/lib/settings/closed-dates-text';

test('closed dates are read one to a line, blank lines skipped, and stored in date order', () => {
  expect(parseClosedDatesText('2026-12-28 Year-end shutdown\n\n  2026-11-04   Local government elections  \r\n')).toEqual({
    ok: true,
    value: [
      { date: '2026-11-04', name: 'Local government elections' },
      { date: '2026-12-28', name: 'Year-end shutdown' },
    ],
  });
  expect(parseClosedDatesText('')).toEqual({ ok: true, value: [] });
});

test('a line without a name, an impossible date or a repeated date is refused with its line number', () => {
  expect(parseClosedDatesText('2026-11-04')).toEqual({
    ok: false,
    message: 'Line 1 ("2026-11-04"): write the date as YYYY-MM-DD, a space and a name, for example "2026-11-04 Local government elections".',
  });
  expect(parseClosedDatesText('2026-11-04 Elections\n2026-02-30 Shutdown')).toEqual({
    ok: false,
    message: 'Line 2 ("2026-02-30 Shutdown"): the date must be a real date written as YYYY-MM-DD.',
  });
  expect(parseClosedDatesText('2026-11-04 Elections\n2026-11-04 Again')).toEqual({
    ok: false,
    message: 'Line 2 ("2026-11-04 Again"): 2026-11-04 is already listed on line 1.',
  });
});

test('the stored list prints back in the same form the admin typed', () => {
  const text = '2026-11-04 Local government elections\n2026-12-28 Year-end shutdown';
  const parsed = parseClosedDatesText(text);
  expect(parsed.ok && closedDatesText(parsed.value)).toBe(text);
});
