type TimedLesson = { frontmatter: { minutes: number } };

/** Every lesson's estimated minutes added up. */
export function lessonMinutes(lessons: readonly TimedLesson[]): number {
  return lessons.reduce((sum, lesson) => sum + lesson.frontmatter.minutes, 0);
}

/** The lessons' share of the notional hours: their minutes rounded up to the half hour, the grain of the split. */
export function lessonHours(lessons: readonly TimedLesson[]): number {
  return Math.ceil(lessonMinutes(lessons) / 30) / 2;
}
