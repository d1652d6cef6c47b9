import { expect, test } from 'vitest';
import { formatClock, parseClock, spokenClock } from '@/lib/portfolio/role-play/clock-time';

test('times show as mm:ss, and h:mm:ss past the hour', () => {
  expect(formatClock(0)).toBe('00:00');
  expect(formatClock(65.9)).toBe('01:05');
  expect(formatClock(3723)).toBe('1:02:03');
});

test('times are spoken in words for announcements', () => {
  expect(spokenClock(0)).toBe('0 seconds');
  expect(spokenClock(1)).toBe('1 second');
  expect(spokenClock(60)).toBe('1 minute');
  expect(spokenClock(125)).toBe('2 minutes 5 seconds');
});

test('a typed time is read as m:ss, mm:ss, h:mm:ss or plain seconds', () => {
  expect(parseClock('1:05')).toBe(65);
  expect(parseClock(' 01:05 ')).toBe(65);
  expect(parseClock('90:00')).toBe(5400);
  expect(parseClock('1:02:03')).toBe(3723);
  expect(parseClock('75')).toBe(75);
});

test('a time that is not one is refused', () => {
  for (const text of ['', '1:5', '1:60', '1:75:00', 'a:bc', '-5', '1.5', '1:05pm']) expect(parseClock(text), text).toBeNull();
});
