'use client';

import { useProgressStore } from '@/components/progress/progress-store';
import { useHydrated } from '@/components/progress/use-hydrated';

export function LessonStatus({ slug }: { slug: string }) {
  const hydrated = useHydrated();
  const progress = useProgressStore((state) => state.lessons[slug]);
  if (!hydrated) return null;
  if (progress?.completedAt) return <span className="font-semibold text-emerald-800">✓ Completed</span>;
  if (progress) return <span className="font-semibold text-amber-800">In progress</span>;
  return <span>Not started</span>;
}
