'use client';

import { useProgressStore } from '@/components/progress/progress-store';
import { useHydrated } from '@/components/progress/use-hydrated';

/** "n of m lessons complete" with a bar; before the browser's progress is read it shows nothing misleading. */
export function ModuleProgress({ lessons, label }: { lessons: readonly string[]; label: string }) {
  const hydrated = useHydrated();
  const progress = useProgressStore((state) => state.lessons);
  const done = hydrated ? lessons.filter((slug) => progress[slug]?.completedAt).length : 0;
  const text = hydrated ? `${done} of ${lessons.length} lessons complete` : `${lessons.length} lesson${lessons.length === 1 ? '' : 's'}`;
  return (
    <div className="mt-2">
      <div className="flex items-center gap-3">
        <progress className="h-2 w-40 accent-brand-600" max={lessons.length} value={done} aria-label={`${label}: ${text}`} />
        <span className="text-sm text-slate-700">{text}</span>
      </div>
    </div>
  );
}
