import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const CourseIdentitySchema = z.object({ id: z.string().min(1), title: z.string().min(1) });

export type CourseIdentity = z.infer<typeof CourseIdentitySchema>;

let cached: CourseIdentity | null = null;

/** The course's id and title as content/course.yml gives them, so statements name this course and a second course needs no change here. */
export function courseIdentity(contentDir = path.join(/*turbopackIgnore: true*/ process.cwd(), 'content')): CourseIdentity {
  if (cached) return cached;
  const course = CourseIdentitySchema.parse(parse(readFileSync(path.join(contentDir, 'course.yml'), 'utf8')));
  cached = { id: course.id, title: course.title };
  return cached;
}
