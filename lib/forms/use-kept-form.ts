'use client';

import { type FormEvent, startTransition, useState } from 'react';
import { type FormState, formValues } from '@/lib/forms/form-state';

/**
 * Submits a form's action without React's reset after it, so a refused form keeps everything typed
 * (passwords included, which the server never echoes), and checks what the browser can first. With
 * JavaScript off the form still posts to its action as usual.
 */
export function useKeptForm(state: FormState, dispatch: (formData: FormData) => void, quickCheck: (values: Record<string, string>) => Record<string, string>) {
  const [refusal, setRefusal] = useState<FormState | null>(null);
  const [answered, setAnswered] = useState<FormState>(state);
  // A new answer from the server replaces any refusal made in the browser.
  if (answered !== state) {
    setAnswered(state);
    setRefusal(null);
  }
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const fieldErrors = quickCheck(Object.fromEntries([...formData.entries()].filter((entry): entry is [string, string] => typeof entry[1] === 'string')));
    if (Object.keys(fieldErrors).length > 0) {
      setRefusal({ status: 'error', message: 'Please correct the fields marked below.', fieldErrors, values: formValues(formData) });
      return;
    }
    setRefusal(null);
    startTransition(() => dispatch(formData));
  }
  return { shown: refusal ?? state, onSubmit };
}
