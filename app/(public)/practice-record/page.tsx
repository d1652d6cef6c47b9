import type { Metadata } from 'next';
import { PracticeRecord } from '@/components/record/practice-record';
import { getCourseContent } from '@/lib/content/course-content';
import { unitStandardLine } from '@/lib/content/registration-status';

export const metadata: Metadata = { title: 'Practice record' };

export default async function PracticeRecordPage() {
  const { course, lessons } = await getCourseContent();
  return (
    <PracticeRecord
      unitStandard={`${course.unitStandard.title} (${unitStandardLine(course.unitStandard)})`}
      lessons={lessons.map((lesson) => ({
        slug: lesson.slug,
        title: lesson.frontmatter.title,
        quizzes: lesson.quizzes.map((quiz) => ({
          id: quiz.id,
          title: quiz.title,
          questionIds: quiz.questions.map((question) => question.id),
          scored: quiz.questions.filter((question) => question.type !== 'written').length,
        })),
      }))}
    />
  );
}
