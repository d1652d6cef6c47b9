import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * The lessons in reading order, as course.yml lists them: the order the "Next lesson" links follow.
 * Folder numbers are not the order, because a lesson added later may be read between earlier ones.
 */
export function readingOrder(courseYaml = readFileSync('content/course.yml', 'utf8')) {
  return parse(courseYaml).modules.flatMap((module) => module.lessons);
}
