import { Island } from '@/components/islands/island';
import { KeepCourse } from '@/components/offline/keep-course';
import { KeptLessons } from '@/components/offline/kept-lessons';
import type { CourseContent } from '@/lib/content/load-content';
import { lessonsInOrder } from '@/lib/content/navigation';
import type { CoursePack } from '@/lib/offline/course-pack';
import { type LessonAssets, SITE_TITLE, StaticPage } from '@/lib/lesson-html/static-page';

type Props = { content: CourseContent; pack: CoursePack; assets: LessonAssets };

/**
 * The page a reader gets for an address this device has not kept while there is no network, and
 * the place to see (and add to) what it keeps. Every device holds it from its first visit.
 */
export function OfflineDocument({ content, pack, assets }: Props) {
  const ordered = lessonsInOrder(content.course, new Map(content.lessons.map((lesson) => [lesson.slug, lesson.frontmatter.title])));
  const modules = content.course.modules.map((module) => ({
    title: module.title,
    lessons: ordered.filter((lesson) => lesson.moduleId === module.id).map((lesson) => ({ path: `/lessons/${lesson.slug}`, title: lesson.title })),
  }));
  return (
    <StaticPage title={`Reading offline · ${SITE_TITLE}`} description="The lessons this device keeps for reading without a network." assets={assets}>
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold text-slate-900">Reading offline</h1>
        <p className="mt-4 text-slate-800">
          The page you asked for needs the network, or this device has not kept it yet. Lessons you have opened here are kept on this device: they open,
          and their knowledge checks mark your answers, without a network. Your answers wait on the device and reach your progress when you are back
          online. Your assessment, portfolio and record always need the network.
        </p>
        <div className="no-print mt-6 rounded-lg bg-slate-50 p-4">
          <p className="mb-3 text-slate-800">Going somewhere without data? Keep every lesson now and read the whole course offline.</p>
          <Island name="keep-course" props={{ bytes: pack.bytes }}>
            <KeepCourse bytes={pack.bytes} />
          </Island>
        </div>
        <h2 className="mt-10 mb-4 text-2xl font-semibold text-slate-900">The lessons</h2>
        <Island name="kept-lessons" props={{ modules }}>
          <KeptLessons modules={modules} />
        </Island>
      </div>
    </StaticPage>
  );
}
