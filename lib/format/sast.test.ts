import { expect, test } from 'vitest';
import { formatSastTime } from '@/lib/format/sast';

test('times are shown in South African Standard Time whatever the server clock says', () => {
  const instant = new Date('2026-03-03T14:30:05Z');
  expect(formatSastTime(instant, 'clock')).toBe('16:30:05');
  expect(formatSastTime(instant, 'longDate')).toBe('03 March 2026');
  expect(formatSastTime(new Date('2026-03-03T22:30:00Z'), 'longDate')).toBe('04 March 2026');
});
