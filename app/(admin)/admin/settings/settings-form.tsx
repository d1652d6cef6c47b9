'use client';

import { useActionState } from 'react';
import { saveSettingsAction } from '@/app/(admin)/admin/settings/actions';
import { FormOutcome } from '@/components/ui/form-outcome';
import { SastDateField } from '@/components/ui/sast-date-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { initialFormState } from '@/lib/forms/form-state';
import { closedDatesText } from '@/lib/settings/closed-dates-text';
import type { Settings } from '@/lib/settings/settings-schema';

function Checkbox({ name, label, hint, defaultChecked }: { name: string; label: string; hint: string; defaultChecked: boolean }) {
  return (
    <div className="flex gap-3">
      <input id={`setting-${name}`} type="checkbox" name={name} defaultChecked={defaultChecked} aria-describedby={`setting-${name}-hint`} className="mt-1 h-5 w-5" />
      <div>
        <label htmlFor={`setting-${name}`} className="font-semibold">
          {label}
        </label>
        <p id={`setting-${name}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      </div>
    </div>
  );
}

function ClosedDatesField({ defaultValue, error }: { defaultValue: string; error: string | undefined }) {
  return (
    <div className="space-y-1">
      <label htmlFor="field-closedDates" className="block font-semibold text-slate-900">
        Extra closed dates for the SLA clock
      </label>
      <p id="field-closedDates-hint" className="text-sm text-slate-700">
        Public holidays in the Public Holidays Act and every day declared since 1995 are already closed. Add new declarations (such as an
        election day) and your own shutdowns, one a line: the date as YYYY-MM-DD, a space and a name. Due times in the triage task and the
        SLA tools use this calendar.
      </p>
      <textarea
        id="field-closedDates"
        name="closedDates"
        rows={5}
        defaultValue={defaultValue}
        placeholder="2026-12-28 Year-end shutdown"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'field-closedDates-hint field-closedDates-error' : 'field-closedDates-hint'}
        className={`block w-full max-w-md rounded-md border px-3 py-2 font-mono text-slate-900 ${error ? 'border-red-700' : 'border-slate-400'}`}
      />
      {error ? (
        <p id="field-closedDates-error" className="text-sm font-semibold text-red-800">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function SettingsForm({ settings }: { settings: Settings }) {
  const [state, action] = useActionState(saveSettingsAction, initialFormState);
  const value = (key: Exclude<keyof Settings, 'closedDates'>) => state.values[key] ?? String(settings[key] ?? '');
  // After a refused save the boxes show what was sent (an unticked box sends nothing), not the stored value.
  const ticked = (key: 'selfSignUp' | 'assessmentOpensAfterAllLessons') => (state.status === 'error' ? state.values[key] === 'on' : settings[key]);
  const errors = state.fieldErrors;
  return (
    <form action={action} className="space-y-5" noValidate>
      <TextField name="providerName" label="Training provider's name" hint="Printed on every record of learning." defaultValue={value('providerName')} error={errors.providerName} />
      <TextField name="accreditationNumber" label="Accreditation number" defaultValue={value('accreditationNumber')} error={errors.accreditationNumber} />
      <Checkbox name="selfSignUp" label="Learners may create their own accounts" hint="Turn off to create every account yourself." defaultChecked={ticked('selfSignUp')} />
      <Checkbox name="assessmentOpensAfterAllLessons" label="The summative assessment opens only after every lesson is complete" hint="Turn off to let learners start it at any time." defaultChecked={ticked('assessmentOpensAfterAllLessons')} />
      <TextField name="maxAttempts" label="Attempts allowed in all" hint="A first submission plus resubmissions after Not Yet Competent (commonly 3)." type="number" min={1} max={10} defaultValue={value('maxAttempts')} error={errors.maxAttempts} />
      <TextField name="appealWindowHours" label="Appeal window (hours)" hint="How long after a decision a learner may appeal in writing (for example 48 hours, or 720 for 30 days)." type="number" min={1} defaultValue={value('appealWindowHours')} error={errors.appealWindowHours} />
      <TextField name="sampleCompetentPercent" label="Share of Competent decisions to moderate (%)" hint="At least 25%. Every Not Yet Competent decision is always moderated." type="number" min={25} max={100} defaultValue={value('sampleCompetentPercent')} error={errors.sampleCompetentPercent} />
      <TextField name="sampleFirstDecisionsPerAssessor" label="First decisions of each assessor to moderate" type="number" min={0} max={50} defaultValue={value('sampleFirstDecisionsPerAssessor')} error={errors.sampleFirstDecisionsPerAssessor} />
      <TextField name="recordingMaxMegabytes" label="Largest role-play recording (MB)" hint="A learner's recording or uploaded file may be at most this size (1 to 200 MB)." type="number" min={1} max={200} defaultValue={value('recordingMaxMegabytes')} error={errors.recordingMaxMegabytes} />
      <TextField
        name="evidenceRetentionMonths"
        label="Keep evidence files after the record is final (months)"
        hint="Evidence files are removed this many months after the learner's record became final; the final record itself, with each file's name and SHA-256 fingerprint, is always kept. 0 keeps files for ever."
        type="number"
        min={0}
        max={600}
        defaultValue={value('evidenceRetentionMonths')}
        error={errors.evidenceRetentionMonths}
      />
      <fieldset className="space-y-5 rounded-md border border-slate-300 p-4">
        <legend className="px-1 font-semibold">Legacy unit standard dates</legend>
        <p className="text-sm text-slate-700">
          SAQA and the QCTO set the last dates for enrolment and achievement of a unit standard past its registration end date. Enter them when
          they are published; leave a field empty while no date is set.
        </p>
        <SastDateField name="lastEnrolmentDate" label="Last date for enrolment" hint="From the next day, sign-up and new learner accounts are refused." defaultValue={value('lastEnrolmentDate')} error={errors.lastEnrolmentDate} />
        <SastDateField name="lastAchievementDate" label="Last date for achievement" hint="From the next day, no new assessment attempt starts. Records stay readable." defaultValue={value('lastAchievementDate')} error={errors.lastAchievementDate} />
      </fieldset>
      <ClosedDatesField defaultValue={state.values.closedDates ?? closedDatesText(settings.closedDates)} error={errors.closedDates} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel="Saving…">Save settings</SubmitButton>
        <FormOutcome state={state} />
      </div>
    </form>
  );
}
