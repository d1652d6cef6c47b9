import { useEffect, useState } from 'react';
import { keptLessonPaths } from '@/lib/offline/device-cache';

type Lesson = { path: string; title: string };
type Module = { title: string; lessons: Lesson[] };

/**
 * The course map on the offline page, each lesson marked by whether this device holds it, so a
 * reader without a network follows only links that will open.
 */
export function KeptLessons({ modules }: { modules: Module[] }) {
  const [kept, setKept] = useState<Set<string> | null>(null);
  useEffect(() => {
    keptLessonPaths()
      .then(setKept)
      .catch(() => setKept(new Set()));
  }, []);
  const count = kept === null ? null : modules.flatMap((module) => module.lessons).filter((lesson) => kept.has(lesson.path)).length;
  return (
    <div>
      {count === null ? null : (
        <p className="mb-4 font-semibold text-slate-900">{count === 0 ? 'No lessons are kept on this device yet.' : `${count} ${count === 1 ? 'lesson is' : 'lessons are'} kept on this device.`}</p>
      )}
      {modules.map((module) => (
        <section key={module.title} className="mb-6">
          <h3 className="text-lg font-semibold text-slate-900">{module.title}</h3>
          <ul className="mt-2 space-y-2">
            {module.lessons.map((lesson) => (
              <li key={lesson.path} className="flex flex-wrap items-baseline gap-x-3">
                <a href={lesson.path} className="font-medium text-brand-700 underline">
                  {lesson.title}
                </a>
                {kept === null ? null : kept.has(lesson.path) ? (
                  <span className="text-sm font-semibold text-emerald-800">Kept on this device</span>
                ) : (
                  <span className="text-sm text-slate-700">Needs the network</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
