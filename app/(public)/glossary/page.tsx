import type { Metadata } from 'next';
import { AppLink as Link } from '@/components/ui/app-link';
import { getCourseContent } from '@/lib/content/course-content';

export const metadata: Metadata = { title: 'Glossary' };

export default async function GlossaryPage() {
  const { glossary, lessons } = await getCourseContent();
  const titles = new Map(lessons.map((lesson) => [lesson.slug, lesson.frontmatter.title]));
  const terms = [...glossary].sort((a, b) => a.term.localeCompare(b.term, 'en-ZA'));
  return (
    <article>
      <h1 className="text-3xl font-bold">Glossary</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700">
        Every term the course defines, in alphabetical order, with the lessons where it is explained.
      </p>
      <dl className="mt-8 divide-y divide-slate-200">
        {terms.map((term) => (
          <div key={term.id} id={term.id} className="scroll-mt-6 py-4 target:bg-amber-50">
            <dt className="text-lg font-semibold text-slate-900">{term.term}</dt>
            <dd className="mt-1 text-slate-700">
              <p>{term.definition}</p>
              {term.lessons.length > 0 ? (
                <p className="mt-1 text-sm">
                  Explained in:{' '}
                  {term.lessons.map((slug, index) => (
                    <span key={slug}>
                      {index > 0 ? ', ' : ''}
                      <Link href={`/lessons/${slug}`} className="text-brand-700 underline">
                        {titles.get(slug) ?? slug}
                      </Link>
                    </span>
                  ))}
                </p>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
