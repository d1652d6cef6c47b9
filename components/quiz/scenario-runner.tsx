import { useEffect, useId, useRef } from 'react';
import type { ControlProps } from '@/components/quiz/control-props';
import { followPath } from '@/components/quiz/scenario-path';
import { choiceButton } from '@/components/quiz/styles';

/** A scenario node as the learner sees it: no feedback and no criteria. */
export type ScenarioNodeView = {
  id: string;
  text: string;
  ending: boolean;
  choices: readonly { id: string; text: string; next: string }[];
};

export type ScenarioRunnerProps = ControlProps & {
  start: string;
  nodes: readonly ScenarioNodeView[];
  /** The ids of the choices taken so far, from the start. */
  value: readonly string[];
  onChange: (path: string[]) => void;
};

/** A branching conversation: the path taken so far reads as a transcript above the current point. */
export function ScenarioRunner({ start, nodes, value, onChange, disabled, errorId }: ScenarioRunnerProps) {
  const promptId = useId();
  const currentRef = useRef<HTMLParagraphElement>(null);
  const chose = useRef(false);
  const walk = followPath(nodes, start, value);
  const current = walk.current;

  // After a choice, land on what happens next so a screen reader reads it at once.
  useEffect(() => {
    if (!chose.current) return;
    chose.current = false;
    currentRef.current?.focus();
  });

  function choose(choiceId: string) {
    chose.current = true;
    onChange([...walk.steps.map((step) => step.choice.id), choiceId]);
  }

  return (
    <div className="space-y-4">
      {walk.steps.length === 0 ? null : (
        <ol aria-label="The conversation so far" className="space-y-3">
          {walk.steps.map((step) => (
            <li key={step.node.id} className="space-y-1">
              <p className="text-slate-800">{step.node.text}</p>
              <p className="ml-4 border-l-4 border-slate-400 pl-3 text-slate-900">
                <span className="font-semibold">You: </span>
                {step.choice.text}
              </p>
            </li>
          ))}
        </ol>
      )}
      {current === null ? null : (
        <div className="space-y-3">
          <p ref={currentRef} tabIndex={-1} className="rounded-md border-l-4 border-brand-700 bg-white p-3 text-slate-900">
            {current.text}
          </p>
          {current.ending ? (
            <p className="font-semibold text-slate-800">The conversation has ended.</p>
          ) : disabled ? null : (
            <div>
              <p id={promptId} className="mb-2 font-semibold">
                What do you do?
              </p>
              <ul aria-labelledby={promptId} className="space-y-2">
                {current.choices.map((choice) => (
                  <li key={choice.id}>
                    <button
                      type="button"
                      onClick={() => choose(choice.id)}
                      aria-describedby={errorId}
                      className={choiceButton}
                    >
                      {choice.text}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
