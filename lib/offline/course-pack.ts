import type { LessonLink } from '@/lib/content/navigation';

/** One page "keep the whole course" fetches, and what it costs to download (gzip bytes). */
export type PackedPage = { path: string; title: string; bytes: number };

/** What the build tells a page about keeping the whole course on the device. */
export type CoursePack = { lessons: PackedPage[]; pages: PackedPage[]; bytes: number };

type Sizer = (path: string) => number | null;

/**
 * The whole course as a device keeps it: every lesson, then the public pages around them (home,
 * outline, glossary, each module). A page the build did not write (no size) is left out, so the
 * size shown is the size fetched.
 */
export function coursePack(lessons: readonly LessonLink[], modules: readonly { id: string; title: string }[], sizeOf: Sizer): CoursePack {
  const sized = (path: string, title: string): PackedPage[] => {
    const bytes = sizeOf(path);
    return bytes === null ? [] : [{ path, title, bytes }];
  };
  const packedLessons = lessons.flatMap((lesson) => sized(`/lessons/${lesson.slug}`, lesson.title));
  const pages = [
    ...sized('/', 'Course home'),
    ...sized('/outline', 'Course outline'),
    ...sized('/glossary', 'Glossary'),
    ...modules.flatMap((module) => sized(`/modules/${module.id}`, module.title)),
  ];
  return { lessons: packedLessons, pages, bytes: [...packedLessons, ...pages].reduce((sum, page) => sum + page.bytes, 0) };
}

/** A size as a reader on mobile data thinks of it. */
export function formatDownloadSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** Reads a pack as fetched from the site; anything not shaped like one is refused, not half-used. */
export function parseCoursePack(value: unknown): CoursePack | null {
  if (typeof value !== 'object' || value === null) return null;
  const { lessons, pages, bytes } = value as Record<string, unknown>;
  const isPages = (list: unknown): list is PackedPage[] =>
    Array.isArray(list) &&
    list.every((page: unknown) => {
      if (typeof page !== 'object' || page === null) return false;
      const { path, title, bytes: size } = page as Record<string, unknown>;
      return typeof path === 'string' && path.startsWith('/') && typeof title === 'string' && typeof size === 'number' && size >= 0;
    });
  if (!isPages(lessons) || !isPages(pages) || typeof bytes !== 'number') return null;
  return { lessons, pages, bytes };
}
