import type { Metadata } from 'next';
import { AppLink as Link } from '@/components/ui/app-link';
import { getCourseContent } from '@/lib/content/course-content';
import { LearningTimeTable } from '@/components/course/learning-time-table';
import { buildCoverage } from '@/lib/content/coverage';
import { lessonNumbers } from '@/lib/content/navigation';
import { lessonMinutes } from '@/lib/content/learning-time';

export const metadata: Metadata = { title: 'Course outline and criteria coverage' };

export default async function OutlinePage() {
  const content = await getCourseContent();
  const coverage = buildCoverage(content);
  const numbers = lessonNumbers(content.course);
  return (
    <article className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold">Course outline</h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-700">
          How the notional hours of unit standard {content.course.unitStandard.id} are spent, then its three specific outcomes,
          their assessment criteria, and the lessons and knowledge-check questions that serve each one.
        </p>
        <p className="mt-2 max-w-3xl rounded-md bg-amber-50 px-4 py-3 text-slate-800">{content.outcomes.status}</p>
      </header>
      <LearningTimeTable
        notionalHours={content.course.unitStandard.notionalHours}
        credits={content.course.unitStandard.credits}
        parts={content.course.learningTime}
        lessonMinutes={lessonMinutes(content.lessons)}
        lessonCount={content.lessons.length}
      />
      {coverage.map((outcome) => (
        <section key={outcome.code} aria-labelledby={`outcome-${outcome.code}`}>
          <h2 id={`outcome-${outcome.code}`} className="text-2xl font-bold">
            {outcome.code}: {outcome.title}
          </h2>
          <div className="mt-3 relative overflow-x-auto">
            <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
              <caption className="sr-only">Lessons and questions for each criterion of {outcome.code}</caption>
              <thead>
                <tr className="border-b-2 border-slate-300">
                  <th scope="col" className="py-2 pr-4">Criterion</th>
                  <th scope="col" className="py-2 pr-4">Lessons</th>
                  <th scope="col" className="py-2">Knowledge-check questions</th>
                </tr>
              </thead>
              <tbody>
                {outcome.criteria.map((criterion) => (
                  <tr key={criterion.code} className="border-b border-slate-200 align-top">
                    <th scope="row" className="py-2 pr-4 font-normal">
                      <span className="font-semibold">{criterion.code}</span> {criterion.text}
                    </th>
                    <td className="py-2 pr-4">
                      <ul>
                        {criterion.lessons.map((lesson) => (
                          <li key={lesson.slug}>
                            <Link href={`/lessons/${lesson.slug}`} className="text-brand-700 underline">
                              {lesson.title}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className="py-2">
                      {criterion.questions.length} question{criterion.questions.length === 1 ? '' : 's'}:{' '}
                      {[...new Set(criterion.questions.map((q) => q.lessonSlug))].map((slug, index) => (
                        <span key={slug}>
                          {index > 0 ? ', ' : ''}
                          <Link href={`/lessons/${slug}`} className="text-brand-700 underline">
                            lesson {numbers.get(slug)}
                          </Link>
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </article>
  );
}
