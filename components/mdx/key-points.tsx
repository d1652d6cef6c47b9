import type { ReactNode } from 'react';

export function KeyPoints({ children }: { children: ReactNode }) {
  return (
    <section className="not-prose mt-10 rounded-lg border-2 border-brand-600 px-4 py-4 sm:px-6" aria-labelledby="key-points">
      <h2 id="key-points" className="text-xl font-bold text-brand-800">
        Key points
      </h2>
      <div className="prose prose-slate mt-2 max-w-none">{children}</div>
    </section>
  );
}
