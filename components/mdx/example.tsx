import type { ReactNode } from 'react';

/**
 * A worked example from a South African service desk, set apart from the teaching text. Only the
 * heading opts out of the lesson's prose styles: a `not-prose` box would also strip them from
 * the example's own tables and lists, which then lose their padding and rules.
 */
export function Example({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="my-8 rounded-lg border border-slate-300 bg-slate-50 px-4 py-4 sm:px-6" aria-label={`Worked example: ${title}`}>
      <div className="not-prose">
        <p className="text-sm font-bold uppercase tracking-wide text-brand-700">Worked example</p>
        <p className="mt-1 text-lg font-semibold text-slate-900">{title}</p>
      </div>
      <div className="mt-3 max-w-none [&>:first-child]:mt-0 [&>:last-child]:mb-0">{children}</div>
    </section>
  );
}
