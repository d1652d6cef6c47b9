'use client';

import { useActionState } from 'react';
import { saveSettingsAction } from '@/app/(admin)/admin/settings/actions';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { initialFormState } from '@/lib/forms/form-state';
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

export function SettingsForm({ settings }: { settings: Settings }) {
  const [state, action] = useActionState(saveSettingsAction, initialFormState);
  const value = (key: keyof Settings) => state.values[key] ?? String(settings[key]);
  const errors = state.fieldErrors;
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <TextField name="providerName" label="Training provider's name" hint="Printed on every record of learning." defaultValue={value('providerName')} error={errors.providerName} />
      <TextField name="accreditationNumber" label="Accreditation number" defaultValue={value('accreditationNumber')} error={errors.accreditationNumber} />
      <Checkbox name="selfSignUp" label="Learners may create their own accounts" hint="Turn off to create every account yourself." defaultChecked={settings.selfSignUp} />
      <Checkbox name="assessmentOpensAfterAllLessons" label="The summative assessment opens only after every lesson is complete" hint="Turn off to let learners start it at any time." defaultChecked={settings.assessmentOpensAfterAllLessons} />
      <TextField name="maxAttempts" label="Attempts allowed in all" hint="A first submission plus resubmissions after Not Yet Competent (commonly 3)." type="number" min={1} max={10} defaultValue={value('maxAttempts')} error={errors.maxAttempts} />
      <TextField name="appealWindowHours" label="Appeal window (hours)" hint="How long after a decision a learner may appeal in writing (for example 48 hours, or 720 for 30 days)." type="number" min={1} defaultValue={value('appealWindowHours')} error={errors.appealWindowHours} />
      <TextField name="sampleCompetentPercent" label="Share of Competent decisions to moderate (%)" hint="At least 25%. Every Not Yet Competent decision is always moderated." type="number" min={25} max={100} defaultValue={value('sampleCompetentPercent')} error={errors.sampleCompetentPercent} />
      <TextField name="sampleFirstDecisionsPerAssessor" label="First decisions of each assessor to moderate" type="number" min={0} max={50} defaultValue={value('sampleFirstDecisionsPerAssessor')} error={errors.sampleFirstDecisionsPerAssessor} />
      <TextField name="recordingMaxMegabytes" label="Largest role-play recording (MB)" hint="A learner's recording or uploaded file may be at most this size (1 to 200 MB)." type="number" min={1} max={200} defaultValue={value('recordingMaxMegabytes')} error={errors.recordingMaxMegabytes} />
      <SubmitButton pendingLabel="Saving…">Save settings</SubmitButton>
    </form>
  );
}
