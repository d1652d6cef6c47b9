import { useEffect, useState } from 'react';
import { TableOfContents } from '@/components/lesson/table-of-contents';
import type { LessonHeading } from '@/lib/content/lesson-ast';

/**
 * A section counts as being read once its heading is above the line 30% down the screen. The band
 * watched reaches far above the screen, so "in the band" means "above the line", and a heading
 * that jumps past the line (a followed link, the End key) changes state like one scrolled past it.
 */
const ABOVE_THE_LINE = '100000px 0px -70% 0px';

/** How far down the page the reader is, 0 to 1, read in a frame after a scroll, when layout is already done. */
function scrolledFraction(): number {
  const scrollable = document.documentElement.scrollHeight - window.innerHeight;
  return scrollable > 0 ? Math.min(1, Math.max(0, window.scrollY / scrollable)) : 1;
}

/**
 * The lesson's contents, marking the section being read, with a thin bar along the top of the
 * screen for how far through the lesson the reader is. The server draws the plain contents; this
 * adds the marks once the page runs. Headings are watched with an IntersectionObserver, which
 * reports their places without making the browser lay the page out again: a long lesson measured
 * by hand on a cheap phone blocks it. The bar is drawn only once the page runs, as its width is a style.
 */
export function SectionProgress({ headings }: { headings: LessonHeading[] }) {
  const [section, setSection] = useState<number | null>(null);
  const [fraction, setFraction] = useState(0);
  useEffect(() => {
    const ids = [...headings.filter((heading) => heading.depth === 2).map((heading) => heading.id), 'key-points'];
    const passed = new Map<string, boolean>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) passed.set(entry.target.id, entry.isIntersecting);
        let current = 0;
        ids.forEach((id, index) => {
          if (passed.get(id)) current = index;
        });
        setSection(current);
      },
      { rootMargin: ABOVE_THE_LINE },
    );
    for (const id of ids) {
      const heading = document.getElementById(id);
      if (heading) observer.observe(heading);
    }
    let frame = 0;
    const onScroll = () => {
      if (frame === 0)
        frame = window.requestAnimationFrame(() => {
          frame = 0;
          setFraction(scrolledFraction());
        });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      observer.disconnect();
      window.removeEventListener('scroll', onScroll);
      if (frame !== 0) window.cancelAnimationFrame(frame);
    };
  }, [headings]);
  return (
    <>
      <TableOfContents headings={headings} current={section} />
      {section === null ? null : (
        <div aria-hidden="true" className="no-print fixed inset-x-0 top-0 z-40 h-1 bg-slate-200">
          <div className="h-full origin-left bg-brand-700" style={{ transform: `scaleX(${fraction})` }} />
        </div>
      )}
    </>
  );
}
