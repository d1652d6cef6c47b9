import { describedBy, FieldError, fieldId, inputClass } from '@/components/portfolio/field-error';

type Props = { what: string; registrationNumber: string | null; pending: boolean; passwordError: string | undefined; button: string };

/** Signing as a judgement is signed: the registration number on file and the password entered again. */
export function SignSection({ what, registrationNumber, pending, passwordError, button }: Props) {
  const id = fieldId('password');
  return (
    <section aria-labelledby="sign-heading" className="space-y-3 rounded-lg bg-slate-50 p-4">
      <h2 id="sign-heading" className="text-xl font-bold">
        Sign {what}
      </h2>
      {registrationNumber ? (
        <p className="text-slate-800">
          You sign as a registered assessor, registration number {registrationNumber}. Once signed it cannot be changed: a mistake is corrected by recording it again.
        </p>
      ) : (
        <p className="font-semibold text-amber-900">Add your SETA registration number on your account page before you can sign.</p>
      )}
      <div>
        <label htmlFor={id} className="block font-semibold">
          Your password, to confirm it is you
        </label>
        <input id={id} name="password" type="password" autoComplete="current-password" aria-invalid={passwordError ? true : undefined} aria-describedby={describedBy(passwordError && `${id}-error`)} className={`${inputClass} max-w-sm`} />
        <FieldError id={`${id}-error`} message={passwordError} />
      </div>
      <button type="submit" disabled={pending} aria-disabled={pending} className="min-h-11 rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70">
        {pending ? 'Signing…' : button}
      </button>
    </section>
  );
}
