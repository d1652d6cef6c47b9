import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LessonBody } from '@/components/lesson/lesson-body';
import { LessonHeader } from '@/components/lesson/lesson-header';
import { LessonPager } from '@/components/lesson/lesson-pager';
import { TableOfContents } from '@/components/lesson/table-of-contents';
import { LessonTracker } from '@/components/progress/lesson-tracker';
import { getCourseContent } from '@/lib/content/course-content';
import { lessonsInOrder, neighbours } from '@/lib/content/navigation';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  const { lessons } = await getCourseContent();
  return lessons.map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const { lessons } = await getCourseContent();
  const lesson = lessons.find((candidate) => candidate.slug === slug);
  return lesson ? { title: lesson.frontmatter.title, description: lesson.frontmatter.summary } : { title: 'Lesson not found' };
}

export default async function LessonPage({ params }: Props) {
  const { slug } = await params;
  const { course, outcomes, lessons } = await getCourseContent();
  const lesson = lessons.find((candidate) => candidate.slug === slug);
  if (!lesson) notFound();
  const ordered = lessonsInOrder(course, new Map(lessons.map((l) => [l.slug, l.frontmatter.title])));
  const around = neighbours(ordered, slug);
  const moduleIndex = course.modules.findIndex((module) => module.id === lesson.moduleId);
  const criteria = outcomes.outcomes.flatMap((o) => o.criteria).filter((c) => lesson.frontmatter.outcomes.includes(c.code));
  return (
    <article className="lg:grid lg:grid-cols-[1fr_14rem] lg:gap-10">
      <div className="min-w-0">
        <LessonHeader
          lesson={lesson}
          moduleId={lesson.moduleId}
          moduleTitle={course.modules[moduleIndex]?.title ?? ''}
          moduleNumber={moduleIndex + 1}
          criteria={criteria}
          position={around.position}
          total={around.total}
        />
        <div className="lg:hidden">
          <TableOfContents headings={lesson.headings} />
        </div>
        <LessonBody code={lesson.code} />
        <LessonTracker slug={lesson.slug} />
        <LessonPager previous={around.previous} next={around.next} />
      </div>
      <aside className="no-print hidden lg:block">
        <div className="sticky top-6">
          <TableOfContents headings={lesson.headings} />
        </div>
      </aside>
    </article>
  );
}
