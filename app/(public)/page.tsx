import { ModuleIllustration } from '@/components/illustrations/module-illustration';
import { AppLink as Link } from '@/components/ui/app-link';
import { ContinueLink } from '@/components/progress/continue-link';
import { ModuleProgress } from '@/components/progress/module-progress';
import { UnitStandardFacts } from '@/components/course/unit-standard-facts';
import { getCourseContent } from '@/lib/content/course-content';

export default async function HomePage() {
  const { course, lessons } = await getCourseContent();
  const lessonRefs = lessons.map((lesson) => ({ slug: lesson.slug, title: lesson.frontmatter.title }));
  const minutes = lessons.reduce((total, lesson) => total + lesson.frontmatter.minutes, 0);
  return (
    <div className="space-y-10">
      <section aria-labelledby="course-title">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">SAQA unit standard {course.unitStandard.id}</p>
        <h1 id="course-title" className="mt-1 text-3xl font-bold text-slate-900 sm:text-4xl">
          {course.title}
        </h1>
        <p className="mt-4 max-w-3xl text-lg text-slate-700">{course.summary}</p>
        <p className="mt-2 text-slate-700">
          {course.modules.length} modules, {lessons.length} lessons, about {Math.round(minutes / 60)} hours of reading and practice.
        </p>
        <div className="mt-6">
          <ContinueLink lessons={lessonRefs} />
        </div>
      </section>

      <UnitStandardFacts unitStandard={course.unitStandard} />

      <section aria-labelledby="modules-heading">
        <h2 id="modules-heading" className="text-2xl font-bold text-slate-900">
          Modules
        </h2>
        <ol className="mt-4 grid gap-4 sm:grid-cols-2">
          {course.modules.map((module, index) => (
            <li key={module.id} className="flex gap-4 rounded-lg border border-slate-200 p-4">
              <ModuleIllustration moduleId={module.id} className="hidden h-16 w-24 shrink-0 min-[400px]:block" />
              <div className="min-w-0">
                <h3 className="text-lg font-semibold">
                  <Link href={`/modules/${module.id}`} className="text-brand-800 hover:underline">
                    <span className="text-slate-600">Module {index + 1}:</span> {module.title}
                  </Link>
                </h3>
                <p className="mt-1 text-slate-700">{module.summary}</p>
                <ModuleProgress lessons={module.lessons} label={`Module ${index + 1}`} />
              </div>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
