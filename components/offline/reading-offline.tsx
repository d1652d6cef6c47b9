import { Island } from '@/components/islands/island';
import { KeepCourse } from '@/components/offline/keep-course';

/** The end of each lesson: what this device keeps, and the offer to keep the rest. */
export function ReadingOffline({ courseBytes }: { courseBytes: number }) {
  return (
    <section aria-labelledby="reading-offline" className="no-print mt-8 rounded-lg bg-slate-50 p-4">
      <h2 id="reading-offline" className="text-base font-semibold text-slate-900">
        Reading offline
      </h2>
      <p className="mt-1 mb-3 text-sm text-slate-800">
        Each lesson you open stays on this device, with its knowledge checks, for reading without a network.{' '}
        <a href="/offline" className="text-brand-700 underline">
          See what this device keeps
        </a>
        .
      </p>
      <Island name="keep-course" props={{ bytes: courseBytes }}>
        <KeepCourse bytes={courseBytes} />
      </Island>
    </section>
  );
}
