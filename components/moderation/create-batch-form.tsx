'use client';

import { useActionState } from 'react';
import { createBatchAction } from '@/app/(moderator)/moderate/actions';
import { FormMessage } from '@/components/ui/form-message';
import { SastDateField } from '@/components/ui/sast-date-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { initialFormState } from '@/lib/forms/form-state';

type Person = { id: string; name: string };

export function CreateBatchForm({ assessors, moderators, cohorts }: { assessors: Person[]; moderators: Person[] | null; cohorts: Person[] }) {
  const [state, action] = useActionState(createBatchAction, initialFormState);
  const select = 'block min-h-11 w-full max-w-md rounded-md border border-slate-400 bg-white px-2';
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <TextField name="name" label="Batch name" hint='For example "March 2026, Thandi Nkosi".' defaultValue={state.values.name} error={state.fieldErrors.name} />
      {moderators ? (
        <div className="space-y-1">
          <label htmlFor="batch-moderator" className="block font-semibold">
            Moderator
          </label>
          <select id="batch-moderator" name="moderatorId" defaultValue={state.values.moderatorId ?? ''} className={select}>
            <option value="">Choose…</option>
            {moderators.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
          {state.fieldErrors.moderatorId ? <p className="text-sm font-semibold text-red-800">{state.fieldErrors.moderatorId}</p> : null}
        </div>
      ) : null}
      <div className="space-y-1">
        <label htmlFor="batch-assessor" className="block font-semibold">
          Assessor
        </label>
        <select id="batch-assessor" name="assessorId" defaultValue={state.values.assessorId ?? ''} className={select}>
          <option value="">Every assessor</option>
          {assessors.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </div>
      {cohorts.length > 0 ? (
        <div className="space-y-1">
          <label htmlFor="batch-cohort" className="block font-semibold">
            Cohort
          </label>
          <select id="batch-cohort" name="cohortId" defaultValue={state.values.cohortId ?? ''} className={select}>
            <option value="">Every cohort</option>
            {cohorts.map((cohort) => (
              <option key={cohort.id} value={cohort.id}>
                {cohort.name}
              </option>
            ))}
          </select>
          {state.fieldErrors.cohortId ? <p className="text-sm font-semibold text-red-800">{state.fieldErrors.cohortId}</p> : null}
        </div>
      ) : null}
      <SastDateField name="from" label="Decisions signed from (optional)" defaultValue={state.values.from} error={state.fieldErrors.from} />
      <SastDateField name="to" label="Decisions signed up to (optional)" defaultValue={state.values.to} error={state.fieldErrors.to} />
      <SubmitButton pendingLabel="Gathering records…">Gather the batch and propose a sample</SubmitButton>
    </form>
  );
}
