/** The lessons in reading order, as course.yml lists them (defaults to the project's content/course.yml). */
export function readingOrder(courseYaml?: string): string[];
