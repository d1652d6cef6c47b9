import { pathTo, type QuizProblem } from '@/lib/quiz/problem';

/**
 * One problem for each element whose id an earlier element of the same list already uses,
 * pointing at the repeat and naming the first use.
 */
export function duplicateIdProblems(
  elements: readonly { id: string }[],
  path: string,
  field: string,
  noun: string,
): QuizProblem[] {
  const firstIndex = new Map<string, number>();
  const problems: QuizProblem[] = [];
  elements.forEach((element, index) => {
    const first = firstIndex.get(element.id);
    if (first === undefined) {
      firstIndex.set(element.id, index);
      return;
    }
    problems.push({
      path: pathTo(pathTo(path, field, { index, id: element.id }), 'id'),
      message: `duplicate ${noun} id "${element.id}" (also ${field}[${first}])`,
    });
  });
  return problems;
}

/** One problem for each value that repeats an earlier one, compared after trimming and ignoring case. */
export function duplicateValueProblems(values: readonly string[], path: string, noun: string): QuizProblem[] {
  const seen = new Set<string>();
  const problems: QuizProblem[] = [];
  for (const value of values) {
    const key = value.trim().toLowerCase();
    if (seen.has(key)) problems.push({ path, message: `${noun} "${value}" appears more than once` });
    seen.add(key);
  }
  return problems;
}
