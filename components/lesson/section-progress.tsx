import { useEffect, useState } from 'react';
import { TableOfContents } from '@/components/lesson/table-of-contents';
import type { LessonHeading } from '@/lib/content/lesson-ast';

/** Where a section counts as being read: its heading has passed the top third of the screen. */
const READING_LINE = 0.3;

type Reading = { section: number; fraction: number };

function whereReading(ids: readonly string[]): Reading {
  const line = window.innerHeight * READING_LINE;
  let section = 0;
  ids.forEach((id, index) => {
    const heading = document.getElementById(id);
    if (heading && heading.getBoundingClientRect().top <= line) section = index;
  });
  const scrollable = document.documentElement.scrollHeight - window.innerHeight;
  return { section, fraction: scrollable > 0 ? Math.min(1, Math.max(0, window.scrollY / scrollable)) : 1 };
}

/**
 * The lesson's contents, marking the section being read, with a thin bar along the top of the
 * screen for how far through the lesson the reader is. The server draws the plain contents; this
 * adds the marks once the page runs. The bar is drawn only then, as its width is a style.
 */
export function SectionProgress({ headings }: { headings: LessonHeading[] }) {
  const [reading, setReading] = useState<Reading | null>(null);
  useEffect(() => {
    const ids = [...headings.filter((heading) => heading.depth === 2).map((heading) => heading.id), 'key-points'];
    let frame = 0;
    const update = () => {
      frame = 0;
      setReading(whereReading(ids));
    };
    const schedule = () => {
      if (frame === 0) frame = window.requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame !== 0) window.cancelAnimationFrame(frame);
    };
  }, [headings]);
  return (
    <>
      <TableOfContents headings={headings} current={reading?.section ?? null} />
      {reading ? (
        <div aria-hidden="true" className="no-print fixed inset-x-0 top-0 z-40 h-1 bg-slate-200">
          <div className="h-full origin-left bg-brand-700" style={{ transform: `scaleX(${reading.fraction})` }} />
        </div>
      ) : null}
    </>
  );
}
