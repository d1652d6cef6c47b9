import path from 'node:path';
import { checkContent } from '@/lib/content/check-content';
import type { CourseContent } from '@/lib/content/load-content';

let cached: Promise<CourseContent> | null = null;

/** The real course content, loaded once per test file. */
export function getCourseContentForTests(): Promise<CourseContent> {
  cached ??= checkContent(path.resolve('content')).then(({ content, problems }) => {
    if (!content) throw new Error(problems.map((p) => `${p.file} › ${p.message}`).join('\n'));
    return content;
  });
  return cached;
}
