import { expect, test } from 'vitest';
import { lessonNumbers, lessonsInOrder, neighbours } from '@/lib/content/navigation';
import type { Course } from '@/lib/content/schema';

const course: Course = {
  id: 'c',
  title: 'Course',
  summary: 'Summary',
  unitStandard: {
    id: 1,
    title: 'US',
    nqfLevel: 5,
    credits: 8,
    notionalHours: 80,
    qualification: { title: 'Q', saqaId: 2, credits: 3, qualityAssuror: 'SETA' },
    assumedLearning: ['x'],
  },
  learningTime: [
    { part: 'lessons', title: 'Lessons', hours: 1, description: 'd' },
    { part: 'practice', title: 'Practice', hours: 9, description: 'd' },
    { part: 'summative', title: 'Summative', hours: 10, description: 'd' },
    { part: 'workplace', title: 'Workplace', hours: 60, description: 'd' },
  ],
  modules: [
    { id: 'a', title: 'Module A', summary: 's', lessons: ['01-one', '02-two'] },
    { id: 'b', title: 'Module B', summary: 's', lessons: ['03-three'] },
  ],
};

test('lessons come in module order with their module and title', () => {
  const ordered = lessonsInOrder(course, new Map([['02-two', 'Two']]));
  expect(ordered.map((l) => l.slug)).toEqual(['01-one', '02-two', '03-three']);
  expect(ordered[1]).toEqual({ slug: '02-two', title: 'Two', moduleId: 'a', moduleTitle: 'Module A' });
});

test('neighbours cross module boundaries and stop at the ends', () => {
  const ordered = lessonsInOrder(course, new Map());
  expect(neighbours(ordered, '02-two').next?.slug).toBe('03-three');
  expect(neighbours(ordered, '01-one').previous).toBeNull();
  expect(neighbours(ordered, '03-three')).toMatchObject({ next: null, position: 3, total: 3 });
});

test('a lesson added later and read between earlier ones is numbered by its place, not its folder', () => {
  const grown: Course = {
    ...course,
    modules: [
      { id: 'a', title: 'Module A', summary: 's', lessons: ['01-one', '10-inserted'] },
      { id: 'b', title: 'Module B', summary: 's', lessons: ['02-two', '03-three'] },
    ],
  };
  const numbers = lessonNumbers(grown);
  expect([...numbers]).toEqual([
    ['01-one', 1],
    ['10-inserted', 2],
    ['02-two', 3],
    ['03-three', 4],
  ]);
  expect(neighbours(lessonsInOrder(grown, new Map()), '10-inserted').position).toBe(numbers.get('10-inserted'));
});
