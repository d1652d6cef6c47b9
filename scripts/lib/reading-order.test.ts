import { expect, test } from 'vitest';
import { getCourseContentForTests } from '@/lib/content/testing/course-for-tests';
import { readingOrder } from './reading-order.mjs';

test('the bench walks lessons in the order course.yml lists them, not by folder number', () => {
  const yaml = 'modules:\n  - id: a\n    lessons: [01-one, 10-added-later]\n  - id: b\n    lessons: [02-two]\n';
  expect(readingOrder(yaml)).toEqual(['01-one', '10-added-later', '02-two']);
});

test("the real course's reading order is the order the site's lessons come in", async () => {
  const content = await getCourseContentForTests();
  expect(readingOrder()).toEqual(content.lessons.map((lesson) => lesson.slug));
});
