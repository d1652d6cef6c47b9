import { EvidenceRuleError } from '@/lib/portfolio/assessor-evidence/evidence-rule-error';

/** One refusal for every field to correct; the message names the only problem, or the first of several. */
export function fieldRefusal(fieldErrors: Record<string, string>): EvidenceRuleError {
  const messages = Object.values(fieldErrors);
  const message = messages.length === 1 ? (messages[0] ?? '') : `Correct the ${messages.length} fields marked below, starting with: ${messages[0] ?? ''}`;
  return new EvidenceRuleError('invalid', message, fieldErrors);
}
