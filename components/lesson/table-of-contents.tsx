import type { LessonHeading } from '@/lib/content/lesson-ast';

export function TableOfContents({ headings }: { headings: readonly LessonHeading[] }) {
  const sections = headings.filter((heading) => heading.depth === 2);
  if (sections.length === 0) return null;
  return (
    <nav aria-label="On this page" className="no-print mt-6 text-sm">
      <h2 className="font-semibold text-slate-900">On this page</h2>
      <ol className="mt-2 space-y-1 border-l-2 border-slate-200 pl-3">
        {sections.map((heading) => (
          <li key={heading.id}>
            <a href={`#${heading.id}`} className="inline-block py-0.5 text-slate-700 hover:text-brand-700 hover:underline">
              {heading.text}
            </a>
          </li>
        ))}
        <li>
          <a href="#key-points" className="inline-block py-0.5 text-slate-700 hover:text-brand-700 hover:underline">
            Key points
          </a>
        </li>
      </ol>
    </nav>
  );
}
