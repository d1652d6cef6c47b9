import path from 'node:path';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import type { TextPlace } from '@/lib/content/check-cast';
import type { CourseContent } from '@/lib/content/load-content';

/** Every string inside a question or item, one to a line: prompts, options, feedback, model answers. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(textOf).join('\n');
  if (value && typeof value === 'object') return Object.values(value).map(textOf).join('\n');
  return '';
}

/** The places people and tickets can appear, named as cast.yml names them, with the file each lives in. */
export function textPlaces(content: CourseContent, assessment: LoadedAssessment | null, contentDirName = 'content'): TextPlace[] {
  const places: TextPlace[] = [];
  for (const lesson of content.lessons) {
    places.push({ place: `lesson:${lesson.slug}`, file: path.join(contentDirName, 'lessons', lesson.slug, 'index.mdx'), text: lesson.source });
    for (const quiz of lesson.quizzes) {
      for (const question of quiz.questions) {
        places.push({ place: `question:${question.id}`, file: path.join(contentDirName, 'lessons', lesson.slug, 'quiz.yml'), text: textOf(question) });
      }
    }
  }
  for (const [bankId, bank] of assessment?.banks ?? []) {
    for (const item of bank.items) places.push({ place: `item:${bankId}/${item.id}`, file: path.join(contentDirName, 'assessment', `${bankId}.yml`), text: textOf(item) });
  }
  places.push({ place: 'glossary', file: path.join(contentDirName, 'glossary'), text: textOf(content.glossary) });
  return places;
}
