'use client';

import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { CoveragePanel } from '@/components/assessment/coverage-panel';
import { EvidencePanel, type EvidenceItem } from '@/components/assessment/evidence-panel';
import { partProgress } from '@/components/assessment/part-progress';
import { PartStepper } from '@/components/assessment/part-stepper';
import { pendingKey, usePendingAnswers } from '@/components/assessment/pending-answers';
import { missingPart, savableResponse } from '@/components/assessment/savable-response';
import { SubmitPanel, type Unfinished } from '@/components/assessment/submit-panel';
import { SummativeItem } from '@/components/assessment/summative-item';
import { useAutosave } from '@/components/assessment/use-autosave';
import { usePartSteps } from '@/components/assessment/use-part-steps';
import { useHydrated } from '@/components/progress/use-hydrated';
import { type Draft, draftFromResponse, emptyDraft } from '@/components/quiz/draft';
import type { PublicQuestion } from '@/lib/quiz/public-question';
import type { QuizResponse } from '@/lib/quiz/response';

export type WorkspaceItem = { itemKey: string; number: number; question: PublicQuestion; response: QuizResponse | null; acs: string[] };
export type WorkspacePart = { bank: string; title: string; instructions: string; items: WorkspaceItem[] };

type Props = {
  submissionId: string;
  parts: WorkspacePart[];
  evidence: EvidenceItem[];
  criteria: { code: string; text: string }[];
  fullName: string;
  declaration: string;
  editable: boolean;
  /** The evidence matrix rows this attempt serves, rendered on the server beside the coverage. */
  matrix?: ReactNode;
};

function initialDrafts(parts: WorkspacePart[]): Record<string, Draft> {
  const drafts: Record<string, Draft> = {};
  for (const item of parts.flatMap((part) => part.items)) {
    drafts[item.itemKey] = (item.response ? draftFromResponse(item.question, item.response) : null) ?? emptyDraft(item.question);
  }
  return drafts;
}

function StepButtons({ parts, index, choose }: { parts: WorkspacePart[]; index: number; choose: (index: number) => void }) {
  const next = parts[index + 1];
  const button = 'min-h-11 rounded-md border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50';
  return (
    <div className="no-print flex flex-wrap justify-between gap-3 pt-2">
      {index > 0 ? (
        <button type="button" className={button} onClick={() => choose(index - 1)}>
          Previous part
        </button>
      ) : (
        <span />
      )}
      {next ? (
        <button type="button" className={button} onClick={() => choose(index + 1)}>
          Next part: {next.title}
        </button>
      ) : (
        <a href="#evidence-heading" className={`${button} inline-flex items-center`}>
          Next: evidence and submission
        </a>
      )}
    </div>
  );
}

/** The learner's attempt: every part, autosaved answers, evidence, coverage and the declaration. */
export function AttemptWorkspace({ submissionId, parts, evidence, criteria, fullName, declaration, editable, matrix = null }: Props) {
  const hydrated = useHydrated();
  const items = useMemo(() => parts.flatMap((part) => part.items), [parts]);
  const [drafts, setDrafts] = useState(() => initialDrafts(parts));
  // The answers the server held when the page loaded: answered, and saved until changed again.
  const heldAtLoad = useMemo(() => new Set(items.filter((item) => item.response !== null).map((item) => item.itemKey)), [items]);
  const [answered, setAnswered] = useState(() => new Set(heldAtLoad));
  const [locked, setLocked] = useState<string | null>(editable ? null : 'submitted');
  const dropSubmission = usePendingAnswers((state) => state.dropSubmission);
  const onLocked = useCallback((message: string) => setLocked(message), []);
  const { statuses, save, flushPending } = useAutosave(submissionId, onLocked);
  const steps = usePartSteps(parts, editable);

  // Answers typed offline or before a reload come back from the browser and are sent again.
  useEffect(() => {
    if (!hydrated || !editable) return;
    const pending = usePendingAnswers.getState().pending;
    const restored: Record<string, Draft> = {};
    for (const item of items) {
      const entry = pending[pendingKey(submissionId, item.itemKey)];
      const draft = entry ? draftFromResponse(item.question, entry.response) : null;
      if (draft) restored[item.itemKey] = draft;
    }
    if (Object.keys(restored).length > 0) {
      setDrafts((current) => ({ ...current, ...restored }));
      setAnswered((current) => new Set([...current, ...Object.keys(restored)]));
      void flushPending();
    }
  }, [hydrated, editable, items, submissionId, flushPending]);

  function change(item: WorkspaceItem, draft: Draft) {
    setDrafts((current) => ({ ...current, [item.itemKey]: draft }));
    const response = savableResponse(item.question, draft);
    if (response === null) return;
    setAnswered((current) => new Set([...current, item.itemKey]));
    save(item.itemKey, response);
  }

  const unfinished: Unfinished[] = items.flatMap((item) => {
    const draft = drafts[item.itemKey] ?? emptyDraft(item.question);
    const reason = missingPart(item.question, draft, answered.has(item.itemKey));
    return reason === null ? [] : [{ number: item.number, reason }];
  });
  const progress = partProgress(parts, {
    statuses,
    heldAtLoad,
    unfinished: new Set(unfinished.map((item) => item.number)),
  });
  const coveredAcs = new Set(items.filter((item) => answered.has(item.itemKey)).flatMap((item) => item.acs));
  const disabled = locked !== null;

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: listens for clicks on the question links inside (delegation), handles none itself
    // biome-ignore lint/a11y/useKeyWithClickEvents: a link followed by keyboard fires the same click event
    <div className="space-y-10" onClick={steps.followQuestionLink}>
      {locked && editable ? (
        <p role="alert" className="rounded-md border-2 border-amber-700 bg-amber-50 p-4 font-semibold text-amber-950">
          {locked} It is now read-only: reload the page to see it as submitted.
        </p>
      ) : null}
      {steps.stepped ? <PartStepper progress={progress} current={steps.current} showAll={steps.showAll} onChoose={steps.choose} onShowAll={steps.setShowAll} /> : null}
      {parts.map((part, index) => (
        <section key={part.bank} aria-labelledby={`part-${part.bank}`} className="space-y-4" hidden={!steps.shows(index)}>
          <h2 id={`part-${part.bank}`} tabIndex={-1} className="scroll-mt-6 text-2xl font-bold focus:outline-none">
            {part.title}
          </h2>
          <p className="text-slate-700">{part.instructions}</p>
          {part.items.map((item) => {
            const draft = drafts[item.itemKey] ?? emptyDraft(item.question);
            const untouchedOrder = item.question.type === 'ordering' && !answered.has(item.itemKey);
            return (
              <SummativeItem
                key={item.itemKey}
                number={item.number}
                itemKey={item.itemKey}
                question={item.question}
                draft={draft}
                status={statuses[item.itemKey] ?? { state: 'idle' }}
                disabled={disabled}
                onChange={(next) => change(item, next)}
                onConfirmOrder={untouchedOrder ? () => change(item, draft) : null}
              />
            );
          })}
          {steps.stepped && !steps.showAll ? <StepButtons parts={parts} index={index} choose={steps.choose} /> : null}
        </section>
      ))}
      <EvidencePanel submissionId={submissionId} initial={evidence} disabled={disabled} onLocked={onLocked} />
      <CoveragePanel criteria={criteria} answeredAcs={coveredAcs} />
      {matrix}
      {editable && !locked ? (
        <SubmitPanel
          submissionId={submissionId}
          declaration={declaration}
          fullName={fullName}
          unfinished={unfinished}
          beforeSubmit={flushPending}
          onSubmitted={() => {
            dropSubmission(submissionId);
            setLocked('Your assessment has been submitted.');
          }}
        />
      ) : null}
    </div>
  );
}
