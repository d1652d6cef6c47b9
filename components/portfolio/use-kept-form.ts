'use client';

import { type FormEvent, startTransition, useActionState } from 'react';
import { type FormState, initialFormState } from '@/lib/forms/form-state';

type ServerAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * A form whose entries survive a refused submission. React resets a form after its action runs,
 * putting radios and selects back to how they were first drawn; submitting through `onSubmit`
 * instead keeps every choice. The password is cleared, so each signature types it afresh. The
 * `action` still goes on the form for a browser without JavaScript.
 */
export function useKeptForm(serverAction: ServerAction) {
  const [state, action, pending] = useActionState(serverAction, initialFormState);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const password = form.elements.namedItem('password');
    if (password instanceof HTMLInputElement) password.value = '';
    startTransition(() => action(data));
  };
  return { state, action, pending, onSubmit };
}
