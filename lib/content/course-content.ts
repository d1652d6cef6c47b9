import 'server-only';
import path from 'node:path';
import { checkContent, formatProblems } from '@/lib/content/check-content';
import type { CourseContent, LoadedLesson } from '@/lib/content/load-content';

const globalCache = globalThis as typeof globalThis & { courseContent?: Promise<CourseContent> };

async function load(): Promise<CourseContent> {
  const { content, problems } = await checkContent(path.join(/*turbopackIgnore: true*/ process.cwd(), 'content'));
  if (!content) throw new Error(`The course content is invalid:\n${formatProblems(problems)}`);
  return content;
}

/** The validated, compiled course. Cached for the life of the process; reloaded on every request in development. */
export function getCourseContent(): Promise<CourseContent> {
  if (process.env.NODE_ENV === 'development') return load();
  globalCache.courseContent ??= load().catch((error: unknown) => {
    globalCache.courseContent = undefined;
    throw error;
  });
  return globalCache.courseContent;
}

export async function getLesson(slug: string): Promise<LoadedLesson | null> {
  const content = await getCourseContent();
  return content.lessons.find((lesson) => lesson.slug === slug) ?? null;
}
