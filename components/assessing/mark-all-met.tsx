'use client';

import { useEffect, useRef, useState } from 'react';
import type { JudgedCriterion } from '@/components/assessing/criterion-fieldset';

/**
 * "Every criterion met" for a submission that plainly meets the standard, asked once more before it
 * changes anything. Criteria whose evidence rule is not met are left as they are: signing would
 * refuse "met" on them anyway, and the assessor should look at them one by one.
 */
export function MarkAllMet({ criteria, onConfirm }: { criteria: JudgedCriterion[]; onConfirm: (codes: string[]) => void }) {
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLLegendElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);
  const eligible = criteria.filter((criterion) => criterion.rule?.met !== false).map((criterion) => criterion.code);
  const heldBack = criteria.filter((criterion) => criterion.rule?.met === false).map((criterion) => criterion.code);
  function close() {
    setAsking(false);
    // Back to the button that opened the question, so keyboard users keep their place.
    requestAnimationFrame(() => opener.current?.focus());
  }
  if (!asking) {
    return (
      <button ref={opener} type="button" onClick={() => setAsking(true)} disabled={eligible.length === 0} className="min-h-11 rounded-md border-2 border-brand-700 px-4 font-semibold text-brand-800 disabled:opacity-60">
        Mark every criterion met…
      </button>
    );
  }
  return (
    <fieldset className="space-y-3 rounded-lg border-2 border-brand-700 bg-brand-50 p-4">
      <legend ref={question} tabIndex={-1} className="px-1 font-semibold focus:outline-none">
        Mark {eligible.length === criteria.length ? `all ${eligible.length}` : `${eligible.length} of the ${criteria.length}`} criteria met? Your comments stay as they are, and nothing is signed yet.
      </legend>
      {heldBack.length > 0 ? <p>These stay as they are, because their evidence rule is not met: {heldBack.join(', ')}.</p> : null}
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => {
            onConfirm(eligible);
            close();
          }}
          className="min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          Yes, mark {eligible.length === 1 ? 'it' : 'them'} met
        </button>
        <button type="button" onClick={close} className="min-h-11 rounded-md border border-slate-400 px-4 font-semibold text-slate-900">
          Cancel
        </button>
      </div>
    </fieldset>
  );
}
