'use client';

import { useRef } from 'react';
import { TextField } from '@/components/ui/text-field';
import { fieldId, RadioGroup, TextAreaField } from '@/components/witness/witness-fields';
import { CHANNEL_LABELS, FREQUENCY_LABELS, answerField } from '@/lib/portfolio/witness/testimony-schema';

export type WitnessCriterion = { code: string; text: string; prompt: string };

type Props = { criterion: WitnessCriterion; values: Record<string, string>; errors: Record<string, string> };

/** One criterion: what was seen, how often, where and on which channel; all blank when not seen. */
export function CriterionFields({ criterion, values, errors }: Props) {
  const { code } = criterion;
  const group = useRef<HTMLFieldSetElement>(null);
  const promptId = `${fieldId(code)}-prompt`;
  // A chosen radio button cannot be unchosen by hand: this lets the witness leave a criterion blank again.
  function clear() {
    for (const element of group.current?.querySelectorAll('input, textarea') ?? []) {
      if (element instanceof HTMLInputElement && element.type === 'radio') element.checked = false;
      else if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) element.value = '';
    }
  }
  return (
    <fieldset ref={group} aria-describedby={promptId} className="space-y-4 rounded-lg border border-slate-300 p-4">
      <legend className="px-1 text-lg font-semibold">
        {code}: {criterion.text}
      </legend>
      <p id={promptId} className="text-slate-800">
        {criterion.prompt}
      </p>
      <TextAreaField
        name={answerField('saw', code)}
        label={`What you saw (${code})`}
        hint="In your own words: what the learner did or said."
        rows={3}
        defaultValue={values[answerField('saw', code)] ?? ''}
        error={errors[answerField('saw', code)]}
      />
      <RadioGroup name={answerField('frequency', code)} legend={`How often (${code})`} options={FREQUENCY_LABELS} value={values[answerField('frequency', code)]} error={errors[answerField('frequency', code)]} />
      <TextField
        name={answerField('context', code)}
        id={fieldId(answerField('context', code))}
        label={`In which context (${code})`}
        hint="For example the kind of request, customer or situation."
        defaultValue={values[answerField('context', code)] ?? ''}
        error={errors[answerField('context', code)]}
      />
      <RadioGroup name={answerField('channel', code)} legend={`Channel (${code})`} options={CHANNEL_LABELS} value={values[answerField('channel', code)]} error={errors[answerField('channel', code)]} />
      <button type="button" onClick={clear} className="min-h-11 rounded-md border border-slate-400 px-4 text-sm font-semibold text-slate-800">
        Clear my answers for {code}
      </button>
    </fieldset>
  );
}
