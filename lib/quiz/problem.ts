/**
 * A fault in a quiz file or item bank, named so an author can find it:
 * `quizzes[0] (sla-check) › questions[2] (pick-priority) › answer`.
 */
export type QuizProblem = { path: string; message: string };

const SEPARATOR = ' › ';

/** Appends a field, or an element of a list field with its id when it has one, to a path. */
export function pathTo(base: string, field: string, element: { index: number; id?: unknown } | null = null): string {
  let segment = field;
  if (element !== null) {
    segment += `[${element.index}]`;
    if (typeof element.id === 'string' && element.id.trim() !== '') segment += ` (${element.id})`;
  }
  return base === '' ? segment : `${base}${SEPARATOR}${segment}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value a path such as zod's `['quizzes', 0, 'id']` leads to in raw data, or undefined. */
export function valueAt(root: unknown, segments: readonly PropertyKey[]): unknown {
  let current = root;
  for (const segment of segments) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isRecord(current) && typeof segment === 'string') current = current[segment];
    else return undefined;
  }
  return current;
}

/** Turns a zod path into a readable one, naming each list element by its id where the raw data has one. */
export function describePath(root: unknown, segments: readonly PropertyKey[]): string {
  let path = '';
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index];
    const next = segments[index + 1];
    if (typeof segment === 'string' && typeof next === 'number') {
      const element = valueAt(root, segments.slice(0, index + 2));
      path = pathTo(path, segment, { index: next, id: isRecord(element) ? element.id : undefined });
      index += 1;
    } else if (typeof segment === 'number') {
      const element = valueAt(root, segments.slice(0, index + 1));
      path = pathTo(path, '', { index: segment, id: isRecord(element) ? element.id : undefined });
    } else {
      path = pathTo(path, String(segment));
    }
  }
  return path;
}

/** `file › path: message`, the line an author reads in the content check. */
export function formatProblem(fileName: string, problem: QuizProblem): string {
  return problem.path === '' ? `${fileName}: ${problem.message}` : `${fileName} › ${problem.path}: ${problem.message}`;
}
