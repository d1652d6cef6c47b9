'use client';

import { useEffect } from 'react';
import { useProgressStore } from '@/components/progress/progress-store';
import { useHydrated } from '@/components/progress/use-hydrated';

/** Records that the lesson was opened, and lets the learner mark it complete. */
export function LessonTracker({ slug }: { slug: string }) {
  const hydrated = useHydrated();
  const markOpened = useProgressStore((state) => state.markOpened);
  const markCompleted = useProgressStore((state) => state.markCompleted);
  const completedAt = useProgressStore((state) => state.lessons[slug]?.completedAt ?? null);

  useEffect(() => {
    markOpened(slug);
  }, [markOpened, slug]);

  if (!hydrated) return null;
  return (
    <div className="no-print mt-10 flex flex-wrap items-center gap-3 rounded-lg bg-slate-50 px-4 py-4" aria-live="polite">
      {completedAt ? (
        <p className="font-semibold text-emerald-800">
          <span aria-hidden="true">✓ </span>You completed this lesson.
        </p>
      ) : (
        <button
          type="button"
          onClick={() => markCompleted(slug)}
          className="min-h-11 rounded-md border-2 border-emerald-700 px-4 py-2 font-semibold text-emerald-800 hover:bg-emerald-50"
        >
          Mark this lesson complete
        </button>
      )}
    </div>
  );
}
