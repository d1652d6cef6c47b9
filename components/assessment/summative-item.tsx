'use client';

import type { SaveStatus } from '@/components/assessment/use-autosave';
import type { Draft } from '@/components/quiz/draft';
import { QuestionInput } from '@/components/quiz/question-input';
import { QuestionTables } from '@/components/quiz/question-tables';
import { formatSastTime } from '@/lib/format/sast';
import type { PublicQuestion } from '@/lib/quiz/public-question';

type Props = {
  number: number;
  itemKey: string;
  question: PublicQuestion;
  draft: Draft;
  status: SaveStatus;
  disabled: boolean;
  onChange: (draft: Draft) => void;
  /** An untouched ordering question already shows an order; the learner confirms it to answer. */
  onConfirmOrder: (() => void) | null;
};


function StatusLine({ status }: { status: SaveStatus }) {
  switch (status.state) {
    case 'idle':
      return null;
    case 'saving':
      return <span>Saving…</span>;
    case 'saved':
      return <span className="text-emerald-800">✓ Saved at {formatSastTime(new Date(status.at), 'clock')}</span>;
    case 'offline':
      return <span className="text-amber-900">Not sent yet: you seem to be offline. Kept in this browser and sent when you are back online.</span>;
    case 'error':
      return <span className="font-semibold text-red-800">⚠ {status.message}</span>;
  }
}

export function SummativeItem({ number, itemKey, question, draft, status, disabled, onChange, onConfirmOrder }: Props) {
  const errorId = status.state === 'error' ? `item-${number}-error` : undefined;
  return (
    <fieldset id={`item-${number}`} data-item-key={itemKey} className="min-w-0 scroll-mt-6 rounded-lg border border-slate-300 bg-white p-4 sm:p-5">
      <legend className="w-full px-1">
        <span className="block text-sm font-semibold text-slate-700">Question {number}</span>
        <span className="mt-1 block whitespace-pre-line text-lg font-semibold text-slate-900">{question.prompt}</span>
      </legend>
      <QuestionTables tables={question.tables} />
      <div className="mt-3">
        <QuestionInput question={question} draft={draft} onChange={onChange} disabled={disabled} errorId={errorId} />
      </div>
      {onConfirmOrder && !disabled ? (
        <button type="button" onClick={onConfirmOrder} className="mt-3 min-h-11 rounded-md border-2 border-brand-700 px-4 font-semibold text-brand-800">
          Keep this order as my answer
        </button>
      ) : null}
      <p className="mt-3 text-sm" aria-live="polite" id={errorId}>
        <StatusLine status={status} />
      </p>
    </fieldset>
  );
}
