import type { LessonLink } from '@/lib/content/navigation';

export function LessonPager({ previous, next }: { previous: LessonLink | null; next: LessonLink | null }) {
  return (
    <nav aria-label="Lessons" className="no-print mt-10 grid gap-4 border-t border-slate-200 pt-6 sm:grid-cols-2">
      {previous ? (
        <a href={`/lessons/${previous.slug}`} rel="prev" className="rounded-lg border border-slate-200 p-4 hover:border-brand-600">
          <span className="block text-sm text-slate-700">Previous lesson</span>
          <span className="font-semibold text-brand-800">{previous.title}</span>
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a href={`/lessons/${next.slug}`} rel="next" className="rounded-lg border border-slate-200 p-4 text-right hover:border-brand-600">
          <span className="block text-sm text-slate-700">Next lesson</span>
          <span className="font-semibold text-brand-800">{next.title}</span>
        </a>
      ) : (
        <a href="/outline" className="rounded-lg border border-slate-200 p-4 text-right hover:border-brand-600">
          <span className="block text-sm text-slate-700">You reached the end of the lessons</span>
          <span className="font-semibold text-brand-800">Review the course outline</span>
        </a>
      )}
    </nav>
  );
}
