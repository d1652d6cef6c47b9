import type { z } from 'zod';
import type { FormState } from '@/lib/forms/form-state';
import { invalid } from '@/lib/forms/form-state';

/**
 * The form field an issue belongs to: nested entries name their own field ("note:AC1.2:reads-back"
 * for a checklist note, "answer:1" for an interview answer) so the error shows beside it.
 */
export function issueField(path: readonly PropertyKey[]): string {
  const [first, second, third, fourth] = path.map(String);
  if (first === 'behaviours' && second && third) return `${fourth === 'note' ? 'note' : 'behaviour'}:${second}:${third}`;
  if (first === 'questions' && second && third) return `${third}:${second}`;
  return first ?? 'form';
}

/** Zod's refusal of an observation or interview form, each message against its own field. */
export function invalidForm(error: z.ZodError, formData: FormData): FormState {
  const state = invalid(error, formData);
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[issueField(issue.path)] ??= issue.message;
  return { ...state, fieldErrors };
}
