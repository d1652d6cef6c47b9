import type { CourseContent } from '@/lib/content/load-content';

export type CriterionCoverage = {
  code: string;
  text: string;
  lessons: { slug: string; title: string }[];
  questions: { lessonSlug: string; quizId: string; questionId: string; prompt: string }[];
};

export type OutcomeCoverage = { code: string; title: string; criteria: CriterionCoverage[] };

/** Which lessons and which knowledge-check questions serve each assessment criterion. */
export function buildCoverage(content: CourseContent): OutcomeCoverage[] {
  return content.outcomes.outcomes.map((outcome) => ({
    code: outcome.code,
    title: outcome.title,
    criteria: outcome.criteria.map((criterion) => ({
      code: criterion.code,
      text: criterion.text,
      lessons: content.lessons
        .filter((lesson) => lesson.frontmatter.outcomes.includes(criterion.code))
        .map((lesson) => ({ slug: lesson.slug, title: lesson.frontmatter.title })),
      questions: content.lessons.flatMap((lesson) =>
        lesson.quizzes.flatMap((quiz) =>
          quiz.questions
            .filter((question) => question.acs.includes(criterion.code))
            .map((question) => ({ lessonSlug: lesson.slug, quizId: quiz.id, questionId: question.id, prompt: question.prompt })),
        ),
      ),
    })),
  }));
}
