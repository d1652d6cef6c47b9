import type { Metadata } from 'next';
import { AppLink as Link } from '@/components/ui/app-link';
import { ModuleIllustration } from '@/components/illustrations/module-illustration';
import { notFound } from 'next/navigation';
import { ModuleProgress } from '@/components/progress/module-progress';
import { LessonStatus } from '@/components/progress/lesson-status';
import { getCourseContent } from '@/lib/content/course-content';

type Props = { params: Promise<{ moduleId: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  const { course } = await getCourseContent();
  return course.modules.map((module) => ({ moduleId: module.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { moduleId } = await params;
  const { course } = await getCourseContent();
  const module = course.modules.find((candidate) => candidate.id === moduleId);
  return { title: module?.title ?? 'Module not found' };
}

export default async function ModulePage({ params }: Props) {
  const { moduleId } = await params;
  const { course, lessons } = await getCourseContent();
  const index = course.modules.findIndex((candidate) => candidate.id === moduleId);
  const module = course.modules[index];
  if (!module) notFound();
  const moduleLessons = module.lessons.flatMap((slug) => lessons.filter((lesson) => lesson.slug === slug));
  return (
    <article className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/" className="text-brand-700 underline underline-offset-2">
          Course
        </Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">Module {index + 1}</span>
      </nav>
      <header className="flex flex-col-reverse gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Module {index + 1}</p>
          <h1 className="mt-1 text-3xl font-bold">{module.title}</h1>
          <p className="mt-3 max-w-3xl text-lg text-slate-700">{module.summary}</p>
          <ModuleProgress lessons={module.lessons} label={module.title} />
        </div>
        <ModuleIllustration moduleId={module.id} className="h-24 w-36 shrink-0 sm:h-32 sm:w-48" />
      </header>
      <h2 className="text-xl font-bold">Lessons</h2>
      <ol className="space-y-4">
        {moduleLessons.map((lesson) => (
          <li key={lesson.slug} className="rounded-lg border border-slate-200 p-4">
            <h3 className="text-lg font-semibold">
              <Link href={`/lessons/${lesson.slug}`} className="text-brand-800 hover:underline">
                {lesson.frontmatter.title}
              </Link>
            </h3>
            <p className="mt-1 text-slate-700">{lesson.frontmatter.summary}</p>
            <p className="mt-2 flex flex-wrap gap-x-4 text-sm text-slate-700">
              <span>About {lesson.frontmatter.minutes} minutes</span>
              <LessonStatus slug={lesson.slug} />
            </p>
          </li>
        ))}
      </ol>
    </article>
  );
}
