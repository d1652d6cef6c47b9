import { EvidenceRuleError } from '@/lib/portfolio/assessor-evidence/evidence-rule-error';
import { type FormState, failed } from '@/lib/forms/form-state';

/** An assessor-evidence refusal as the form shows it; anything else is not a refusal and is thrown on. */
export function refusedForm(error: unknown, formData: FormData): FormState {
  if (error instanceof EvidenceRuleError) return failed(error.message, formData, error.fieldErrors);
  throw error;
}
