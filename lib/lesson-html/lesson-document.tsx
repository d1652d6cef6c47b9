import { getMDXComponent } from 'mdx-bundler/client';
import { Island } from '@/components/islands/island';
import { LessonHeader } from '@/components/lesson/lesson-header';
import { LessonPager } from '@/components/lesson/lesson-pager';
import { ReadingOffline } from '@/components/offline/reading-offline';
import { SectionProgress } from '@/components/lesson/section-progress';
import { lessonMdxComponents } from '@/components/mdx/mdx-components';
import { questionPlacements } from '@/lib/content/question-placements';
import type { CourseContent, LoadedLesson } from '@/lib/content/load-content';
import { lessonsInOrder, neighbours } from '@/lib/content/navigation';
import { type LessonAssets, SITE_TITLE, StaticPage } from '@/lib/lesson-html/static-page';

/** The lesson's contents: plain links in the HTML, marking the section being read once the page runs. */
function LessonContents({ headings }: { headings: LoadedLesson['headings'] }) {
  const sections = headings.filter((heading) => heading.depth === 2);
  if (sections.length === 0) return null;
  return (
    <Island name="section-progress" props={{ headings: sections }}>
      <SectionProgress headings={sections} />
    </Island>
  );
}

type Props = { content: CourseContent; lesson: LoadedLesson; assets: LessonAssets; courseBytes: number };

/**
 * A whole lesson page as one HTML document: the same header, lesson and footer the app shows, with
 * the text sent once as HTML and only the interactive parts (knowledge checks, explorers, progress,
 * the account links) as islands.
 */
export function LessonDocument({ content, lesson, assets, courseBytes }: Props) {
  const { course, outcomes, lessons } = content;
  const ordered = lessonsInOrder(course, new Map(lessons.map((l) => [l.slug, l.frontmatter.title])));
  const around = neighbours(ordered, lesson.slug);
  const moduleIndex = course.modules.findIndex((module) => module.id === lesson.moduleId);
  const criteria = outcomes.outcomes.flatMap((o) => o.criteria).filter((c) => lesson.frontmatter.outcomes.includes(c.code));
  const Body = getMDXComponent(lesson.code);
  const components = lessonMdxComponents(lesson.quizzes, questionPlacements(lesson.report.jsx));
  return (
    <StaticPage title={`${lesson.frontmatter.title} · ${SITE_TITLE}`} description={lesson.frontmatter.summary} assets={assets}>
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
          <LessonContents headings={lesson.headings} />
        </div>
        <div className="prose prose-slate mt-8 max-w-none prose-headings:scroll-mt-6 prose-a:text-brand-700 prose-table:text-sm">
          <Body components={components} />
        </div>
        <Island name="lesson-tracker" props={{ slug: lesson.slug }} />
        <LessonPager previous={around.previous} next={around.next} />
        <ReadingOffline courseBytes={courseBytes} />
      </div>
      <aside className="no-print hidden lg:block">
        <div className="sticky top-6">
          <LessonContents headings={lesson.headings} />
        </div>
      </aside>
    </article>
    </StaticPage>
  );
}
