import type { FormState } from '@/lib/forms/form-state';

/** The form-level outcome, announced when it changes. */
export function FormMessage({ state }: { state: FormState }) {
  return (
    <div aria-live="polite" role="status">
      {state.message ? (
        <p
          className={`rounded-md px-4 py-3 font-semibold ${state.status === 'error' ? 'bg-red-50 text-red-900' : 'bg-emerald-50 text-emerald-900'}`}
        >
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
