'use client';

import { useActionState } from 'react';
import { withdrawObservationAction } from '@/app/(evidence)/evidence/observation/[observationId]/actions';
import { describedBy, FieldError, fieldId, textAreaClass } from '@/components/portfolio/field-error';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState } from '@/lib/forms/form-state';

/** Withdraws a signed observation with a reason; the observation stays on file, marked withdrawn. */
export function WithdrawObservationForm({ observationId }: { observationId: string }) {
  const [state, action] = useActionState(withdrawObservationAction, initialFormState);
  const id = fieldId('reason');
  return (
    <section aria-labelledby="withdraw-heading" className="space-y-3 rounded-lg border-2 border-amber-700 p-4">
      <h2 id="withdraw-heading" className="text-xl font-bold">
        Withdraw this observation
      </h2>
      <p className="text-slate-800">A signed observation is never changed. If it is wrong, withdraw it and record a new one; it stays on file, marked withdrawn.</p>
      <form action={action} className="space-y-3" noValidate>
        <input type="hidden" name="observationId" value={observationId} />
        <FormMessage state={state} />
        <div>
          <label htmlFor={id} className="block font-semibold">
            Reason
          </label>
          <textarea id={id} name="reason" rows={3} defaultValue={state.values.reason} aria-invalid={state.fieldErrors.reason ? true : undefined} aria-describedby={describedBy(state.fieldErrors.reason && `${id}-error`)} className={textAreaClass} />
          <FieldError id={`${id}-error`} message={state.fieldErrors.reason} />
        </div>
        <SubmitButton pendingLabel="Withdrawing…">Withdraw the observation</SubmitButton>
      </form>
    </section>
  );
}
