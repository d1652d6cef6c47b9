import type { ReactNode } from 'react';

/** A defined term, linked to its glossary entry so a learner can check the meaning at any time. */
export function Term({ id, children }: { id: string; children: ReactNode }) {
  return (
    <a href={`/glossary#${id}`} className="font-medium text-brand-700 underline decoration-dotted underline-offset-4">
      <dfn className="not-italic">{children}</dfn>
    </a>
  );
}
