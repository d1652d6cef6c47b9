import { expect, test } from 'vitest';
import { lessonHours, lessonMinutes } from '@/lib/content/learning-time';

const lessons = (...minutes: number[]) => minutes.map((value) => ({ frontmatter: { minutes: value } }));

test('lesson minutes add up across every lesson', () => {
  expect(lessonMinutes(lessons(25, 30, 35))).toBe(90);
  expect(lessonMinutes([])).toBe(0);
});

test('lesson hours round up to the half hour, never down', () => {
  expect(lessonHours(lessons(90))).toBe(1.5);
  expect(lessonHours(lessons(91))).toBe(2);
  expect(lessonHours(lessons(10))).toBe(0.5);
  expect(lessonHours(lessons(200, 210))).toBe(7);
});
