import type { LessonHeading } from '@/lib/content/lesson-ast';

type Props = {
  headings: readonly LessonHeading[];
  /** The section being read (its place in the list), once the page knows; null on the server. */
  current?: number | null;
};

const LINK = 'inline-block py-0.5 hover:text-brand-700 hover:underline';

export function TableOfContents({ headings, current = null }: Props) {
  const sections = [...headings.filter((heading) => heading.depth === 2).map((heading) => ({ id: heading.id, text: heading.text })), { id: 'key-points', text: 'Key points' }];
  if (sections.length === 1) return null;
  return (
    <nav aria-label="On this page" className="no-print mt-6 text-sm">
      <h2 className="font-semibold text-slate-900">On this page</h2>
      {current === null ? null : (
        <p className="mt-1 text-slate-700">
          Section {current + 1} of {sections.length}
        </p>
      )}
      <ol className="mt-2 space-y-1 border-l-2 border-slate-200">
        {sections.map((section, index) => (
          <li key={section.id} className={index === current ? '-ml-0.5 border-l-4 border-brand-700 pl-2.5' : 'pl-3'}>
            <a
              href={`#${section.id}`}
              aria-current={index === current ? 'location' : undefined}
              className={index === current ? `${LINK} font-semibold text-brand-800` : `${LINK} text-slate-700`}
            >
              {section.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
