'use client';

import { AppLink as Link } from '@/components/ui/app-link';
import { useProgressStore } from '@/components/progress/progress-store';
import { useHydrated } from '@/components/progress/use-hydrated';

type LessonRef = { slug: string; title: string };

/** Sends a returning learner to the first lesson they have not completed, or the one they last opened. */
export function ContinueLink({ lessons }: { lessons: readonly LessonRef[] }) {
  const hydrated = useHydrated();
  const progress = useProgressStore((state) => state.lessons);
  const lastLesson = useProgressStore((state) => state.lastLesson);
  const first = lessons[0];
  if (!first) return null;
  const started = hydrated && Object.keys(progress).length > 0;
  const last = lessons.find((lesson) => lesson.slug === lastLesson);
  const target =
    (last && !progress[last.slug]?.completedAt ? last : null) ?? lessons.find((lesson) => !progress[lesson.slug]?.completedAt) ?? last ?? first;
  const destination = started ? target : first;
  return (
    <Link
      href={`/lessons/${destination.slug}`}
      className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800"
    >
      {started ? `Continue where you left off: ${destination.title}` : `Start the course: ${destination.title}`}
    </Link>
  );
}
