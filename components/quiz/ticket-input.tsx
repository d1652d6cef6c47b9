import { useId } from 'react';
import { CallTranscript } from '@/components/quiz/call-transcript';
import type { ControlProps } from '@/components/quiz/control-props';
import { hintText } from '@/components/quiz/styles';
import type { TicketDraft } from '@/components/quiz/ticket-draft';
import { TicketFieldControl } from '@/components/quiz/ticket-field-control';
import { WrittenInput } from '@/components/quiz/written-input';
import type { PublicQuestion } from '@/lib/quiz/public-question';

export type TicketInputProps = ControlProps & {
  question: Extract<PublicQuestion, { type: 'ticket' }>;
  value: TicketDraft;
  onChange: (draft: TicketDraft) => void;
};

/** The call to read, the ticket form to fill in and, when asked, the message to the caller. */
export function TicketInput({ question, value, onChange, disabled, errorId }: TicketInputProps) {
  const baseId = useId();
  const messagePromptId = `${baseId}-message-prompt`;
  return (
    <div className="space-y-6">
      <CallTranscript callAt={question.callAt} transcript={question.transcript} />
      <fieldset className="min-w-0 rounded-md border border-slate-300 p-3 sm:p-4">
        <legend className="px-1 text-lg font-bold text-slate-900">Log the ticket</legend>
        <p className={hintText}>Fill in every field from the call. Times are South African time (SAST).</p>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          {question.fields.map((field) => (
            <TicketFieldControl
              key={field}
              id={`${baseId}-${field}`}
              field={field}
              value={value.fields[field] ?? ''}
              onChange={(text) => onChange({ ...value, fields: { ...value.fields, [field]: text } })}
              disabled={disabled}
              errorId={errorId}
            />
          ))}
        </div>
      </fieldset>
      {question.message === null ? null : (
        <fieldset className="min-w-0 rounded-md border border-slate-300 p-3 sm:p-4">
          <legend className="px-1 text-lg font-bold text-slate-900">Message to the customer</legend>
          <p id={messagePromptId} className="mb-3 whitespace-pre-line text-slate-900">
            {question.message.prompt}
          </p>
          <WrittenInput
            label="Your message"
            describedBy={messagePromptId}
            minWords={question.message.minWords}
            maxWords={question.message.maxWords}
            value={value.message}
            onChange={(message) => onChange({ ...value, message })}
            disabled={disabled}
            errorId={errorId}
          />
        </fieldset>
      )}
    </div>
  );
}
