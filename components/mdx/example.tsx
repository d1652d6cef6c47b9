import type { ReactNode } from 'react';

/** A worked example from a South African service desk, set apart from the teaching text. */
export function Example({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="not-prose my-8 rounded-lg border border-slate-300 bg-slate-50 px-4 py-4 sm:px-6" aria-label={`Worked example: ${title}`}>
      <p className="text-sm font-bold uppercase tracking-wide text-brand-700">Worked example</p>
      <p className="mt-1 text-lg font-semibold text-slate-900">{title}</p>
      <div className="prose prose-slate mt-3 max-w-none">{children}</div>
    </section>
  );
}
