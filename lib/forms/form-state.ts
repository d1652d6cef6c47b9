import type { z } from 'zod';

/** What a server action returns to its form: a message for the page and one per field. */
export type FormState = {
  status: 'idle' | 'error' | 'success';
  message: string | null;
  fieldErrors: Record<string, string>;
  /** Values to put back in the fields after an error (never passwords). */
  values: Record<string, string>;
};

export const initialFormState: FormState = { status: 'idle', message: null, fieldErrors: {}, values: {} };

const NEVER_ECHOED = /password/i;

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$') && !NEVER_ECHOED.test(key)) values[key] = value;
  }
  return values;
}

/** Plain object of the form's text fields, for zod to parse. */
export function formObject(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === 'string' && !key.startsWith('$')) values[key] = value;
  return values;
}

export function invalid(error: z.ZodError, formData: FormData, message = 'Please correct the fields marked below.'): FormState {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    fieldErrors[key] ??= issue.message;
  }
  return { status: 'error', message, fieldErrors, values: formValues(formData) };
}

export function failed(message: string, formData: FormData, fieldErrors: Record<string, string> = {}): FormState {
  return { status: 'error', message, fieldErrors, values: formValues(formData) };
}

export function succeeded(message: string): FormState {
  return { status: 'success', message, fieldErrors: {}, values: {} };
}
