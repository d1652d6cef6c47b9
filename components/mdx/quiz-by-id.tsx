import { Quiz } from '@/components/quiz/quiz';
import { NeedsJavaScript } from '@/components/ui/needs-javascript';
import { getCourseContent } from '@/lib/content/course-content';

/** `<Quiz id>` in a lesson: quiz ids are unique across the course (content:check enforces it). */
export async function QuizById({ id }: { id: string }) {
  const { lessons } = await getCourseContent();
  const quiz = lessons.flatMap((lesson) => lesson.quizzes).find((candidate) => candidate.id === id);
  // content:check guarantees the id exists; a missing quiz must not take the whole lesson down.
  return quiz ? (
    <>
      <NeedsJavaScript what="This knowledge check" />
      <Quiz quiz={quiz} />
    </>
  ) : null;
}
