import type { Course } from '@/lib/content/schema';

export type LessonLink = { slug: string; title: string; moduleId: string; moduleTitle: string };

export type LessonNeighbours = { previous: LessonLink | null; next: LessonLink | null; position: number; total: number };

/** The course's lessons in reading order, each with the module it belongs to. */
export function lessonsInOrder(course: Course, titles: ReadonlyMap<string, string>): LessonLink[] {
  return course.modules.flatMap((module) =>
    module.lessons.map((slug) => ({ slug, title: titles.get(slug) ?? slug, moduleId: module.id, moduleTitle: module.title })),
  );
}

export function neighbours(ordered: readonly LessonLink[], slug: string): LessonNeighbours {
  const index = ordered.findIndex((lesson) => lesson.slug === slug);
  return {
    previous: index > 0 ? (ordered[index - 1] ?? null) : null,
    next: index >= 0 && index < ordered.length - 1 ? (ordered[index + 1] ?? null) : null,
    position: index + 1,
    total: ordered.length,
  };
}

/** Each lesson's number as learners see it ("Lesson n of m"): its place in the reading order, not its folder number. */
export function lessonNumbers(course: Course): Map<string, number> {
  return new Map(lessonsInOrder(course, new Map()).map((lesson, index) => [lesson.slug, index + 1]));
}
