'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { editEntryAction, saveEntryAction } from '@/app/(learner)/portfolio/logbook/actions';
import { EscalationRows } from '@/components/portfolio/logbook/escalation-rows';
import { ChoiceGroup, DateTimeField, TextAreaField } from '@/components/portfolio/logbook/form-fields';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { CHANNELS } from '@/lib/db/schema/portfolio';
import { initialFormState } from '@/lib/forms/form-state';
import { CHANNEL_LABELS } from '@/lib/portfolio/logbook/labels';
import { IMPACT_DESCRIPTIONS, LEVEL_NAMES, LEVELS, PRIORITIES, PRIORITY_NAMES, URGENCY_DESCRIPTIONS } from '@/lib/sla/priority';

type Props = {
  /** Absent for a new entry. */
  entryId?: string;
  /** The form's values to start from (an entry being edited), as the form writes them. */
  initial?: Record<string, string>;
  initialEscalations?: readonly { to: string; at: string; why: string }[];
};

const levelChoices = (descriptions: Record<string, string>) => LEVELS.map((level) => ({ value: level, label: LEVEL_NAMES[level], hint: descriptions[level] }));

/** Logs a ticket, or corrects one: every field by keyboard, each error next to its field. */
export function LogbookForm({ entryId, initial = {}, initialEscalations = [] }: Props) {
  const [state, action] = useActionState(entryId ? editEntryAction : saveEntryAction, initialFormState);
  const formRef = useRef<HTMLFormElement>(null);
  const [saves, setSaves] = useState(0);
  const [answers, setAnswers] = useState(0);
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    setAnswers((count) => count + 1);
    if (state.status === 'success') setSaves((count) => count + 1);
  }
  // After a refusal, take the keyboard to the first field that needs correcting.
  useEffect(() => {
    if (state.status === 'error') formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);
  const values = state.status === 'error' ? state.values : state.status === 'success' ? {} : initial;
  const errors = state.fieldErrors;
  return (
    <form ref={formRef} action={action} className="space-y-6" noValidate>
      {entryId ? <input type="hidden" name="entryId" value={entryId} /> : null}
      <FormMessage state={state} />
      <TextField name="reference" label="Ticket reference" hint="The desk's ticket number, such as INC-20431. For a simulated ticket, use the scenario's reference." defaultValue={values.reference} error={errors.reference} />
      <div className="flex items-start gap-2">
        <input type="checkbox" id="field-simulated" name="simulated" defaultChecked={values.simulated === 'on'} aria-describedby="field-simulated-hint" className="mt-0.5 h-6 w-6 shrink-0" />
        <div>
          <label htmlFor="field-simulated" className="font-semibold">
            Simulated ticket
          </label>
          <p id="field-simulated-hint" className="text-sm text-slate-700">
            Tick this for a practice scenario rather than a real customer&apos;s ticket.
          </p>
        </div>
      </div>
      <DateTimeField name="loggedAt" label="Logged at" defaultValue={values.loggedAt} error={errors.loggedAt} />
      <div className="space-y-1">
        <label htmlFor="field-channel" className="block font-semibold">
          Channel
        </label>
        {/* React applies a select's defaultValue only when it mounts, and resets the form after every action: a fresh select per answer keeps the choice. */}
        <select key={answers} id="field-channel" name="channel" defaultValue={values.channel ?? ''} aria-invalid={errors.channel ? true : undefined} aria-describedby={errors.channel ? 'field-channel-error' : undefined} className="block min-h-11 rounded-md border border-slate-400 px-3">
          <option value="">Choose the channel</option>
          {CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {CHANNEL_LABELS[channel]}
            </option>
          ))}
        </select>
        {errors.channel ? (
          <p id="field-channel-error" className="text-sm font-semibold text-red-800">
            {errors.channel}
          </p>
        ) : null}
      </div>
      <TextField
        name="customer"
        label="Customer"
        hint="A role or initials only, such as “payroll officer” or “T.M.”. Never a full name or an ID number: POPIA asks you to collect only what you need."
        defaultValue={values.customer}
        error={errors.customer}
        autoComplete="off"
      />
      <TextAreaField name="description" label="What the customer needed" hint="The problem or request in a sentence or two, without personal details." defaultValue={values.description} error={errors.description} />
      <ChoiceGroup name="impact" legend="Impact" choices={levelChoices(IMPACT_DESCRIPTIONS)} defaultValue={values.impact} error={errors.impact} />
      <ChoiceGroup name="urgency" legend="Urgency" choices={levelChoices(URGENCY_DESCRIPTIONS)} defaultValue={values.urgency} error={errors.urgency} />
      <ChoiceGroup name="priority" legend="Priority you assigned" choices={PRIORITIES.map((priority) => ({ value: priority, label: `${priority} (${PRIORITY_NAMES[priority]})` }))} defaultValue={values.priority} error={errors.priority} />
      <DateTimeField name="respondedAt" label="First response at" optional defaultValue={values.respondedAt} error={errors.respondedAt} />
      <DateTimeField name="resolvedAt" label="Resolved at" optional defaultValue={values.resolvedAt} error={errors.resolvedAt} />
      <EscalationRows key={entryId ?? 'new'} initial={initialEscalations} errors={errors} resetKey={saves} />
      <fieldset className="space-y-3 rounded-lg border border-slate-300 p-4">
        <legend className="px-1 font-semibold">Follow-up (optional)</legend>
        <DateTimeField name="followUp.at" label="Followed up at" optional defaultValue={values['followUp.at']} error={errors['followUp.at']} />
        <TextField name="followUp.how" label="How you followed up" hint="For example: phoned to check the fix held." defaultValue={values['followUp.how']} error={errors['followUp.how']} />
      </fieldset>
      <p className="text-sm text-slate-700">The due times are worked out when you save, from the logged time and the priority the SLA grid gives for the impact and urgency.</p>
      <SubmitButton pendingLabel="Saving…">{entryId ? 'Save changes' : 'Save entry'}</SubmitButton>
    </form>
  );
}
