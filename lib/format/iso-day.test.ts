import { expect, test } from 'vitest';
import { formatIsoDay } from '@/lib/format/iso-day';

test('a stored calendar date reads as the same day wherever the server runs', () => {
  expect(formatIsoDay('2027-03-01')).toBe('1 March 2027');
  expect(formatIsoDay('2027-12-31')).toBe('31 December 2027');
});

test('a value that is not a date is shown as it is rather than as "Invalid Date"', () => {
  expect(formatIsoDay('soon')).toBe('soon');
});
