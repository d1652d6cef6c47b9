'use client';

import { useState } from 'react';
import { TextField } from '@/components/ui/text-field';
import type { FormState } from '@/lib/forms/form-state';

/** SA ID number, or passport number and country, chosen with a radio group. */
export function IdentityFields({ state, initialKind = 'sa-id' }: { state: FormState; initialKind?: 'sa-id' | 'passport' }) {
  const [kind, setKind] = useState(state.values.identityKind === 'passport' ? 'passport' : state.values.identityKind === 'sa-id' ? 'sa-id' : initialKind);
  const errors = state.fieldErrors;
  return (
    <>
      <fieldset className="space-y-2">
        <legend className="font-semibold text-slate-900">Identity document</legend>
        {(['sa-id', 'passport'] as const).map((option) => (
          <label key={option} className="flex min-h-11 items-center gap-3">
            <input type="radio" name="identityKind" value={option} checked={kind === option} onChange={() => setKind(option)} className="h-5 w-5" />
            {option === 'sa-id' ? 'I have a South African ID number' : 'I have a passport and no South African ID'}
          </label>
        ))}
      </fieldset>
      {kind === 'sa-id' ? (
        <TextField name="idNumber" label="South African ID number" hint="13 digits. It is shown in full only on your record of learning." inputMode="numeric" autoComplete="off" defaultValue={state.values.idNumber} error={errors.idNumber} />
      ) : (
        <>
          <TextField name="passportNumber" label="Passport number" autoComplete="off" defaultValue={state.values.passportNumber} error={errors.passportNumber} />
          <TextField name="passportCountry" label="Country that issued the passport" hint="For example Zimbabwe or ZW." autoComplete="country-name" defaultValue={state.values.passportCountry} error={errors.passportCountry} />
        </>
      )}
    </>
  );
}
