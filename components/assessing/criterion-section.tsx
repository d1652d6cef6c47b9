import type { ReactNode } from 'react';

type Props = { criterion: { code: string; text: string }; answers: ReactNode; children: ReactNode };

/** The id of a criterion's heading; dots are left out so it also works as a CSS selector and a URL fragment. */
export function criterionHeadingId(code: string): string {
  return `criterion-${code.replace(/\./g, '-')}`;
}

/**
 * One criterion as the assessor marks it: its wording, the answers that bear on it, and the
 * decision (children) beside them. On wide screens the decision stays in view while the answers
 * scroll past it; on a phone it follows them, so it is read after the evidence it is about.
 */
export function CriterionSection({ criterion, answers, children }: Props) {
  const headingId = criterionHeadingId(criterion.code);
  return (
    <section aria-labelledby={headingId} className="border-t-2 border-slate-300 pt-6 lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-x-6">
      <h3 id={headingId} className="scroll-mt-6 text-xl font-bold lg:col-span-2">
        {criterion.code} {criterion.text}
      </h3>
      <div className="mt-3 min-w-0 space-y-4">{answers}</div>
      <div className="mt-4 min-w-0 lg:sticky lg:top-4 lg:mt-3 lg:self-start">{children}</div>
    </section>
  );
}
