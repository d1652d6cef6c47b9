import type { LoadedLesson } from '@/lib/content/load-content';

type Props = {
  lesson: LoadedLesson;
  moduleId: string;
  moduleTitle: string;
  moduleNumber: number;
  criteria: readonly { code: string; text: string }[];
  position: number;
  total: number;
};

export function LessonHeader({ lesson, moduleId, moduleTitle, moduleNumber, criteria, position, total }: Props) {
  return (
    <header>
      <nav aria-label="Breadcrumb" className="no-print text-sm">
        <a href="/" className="text-brand-700 underline underline-offset-2">
          Course
        </a>
        <span aria-hidden="true"> › </span>
        <a href={`/modules/${moduleId}`} className="text-brand-700 underline underline-offset-2">
          Module {moduleNumber}: {moduleTitle}
        </a>
      </nav>
      <p className="mt-4 text-sm font-semibold uppercase tracking-wide text-brand-700">
        Lesson {position} of {total}
      </p>
      <h1 className="mt-1 text-3xl font-bold text-slate-900">{lesson.frontmatter.title}</h1>
      <p className="mt-3 text-lg text-slate-700">{lesson.frontmatter.summary}</p>
      <p className="mt-2 text-sm text-slate-700">About {lesson.frontmatter.minutes} minutes</p>
      {criteria.length > 0 ? (
        <section aria-labelledby="lesson-outcomes" className="mt-6 rounded-lg bg-brand-50 px-4 py-3">
          <h2 id="lesson-outcomes" className="font-semibold text-brand-800">
            Assessment criteria this lesson serves
          </h2>
          <ul className="mt-2 space-y-1 text-slate-800">
            {criteria.map((criterion) => (
              <li key={criterion.code}>
                <span className="font-semibold">{criterion.code}</span> {criterion.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </header>
  );
}
