/** Why an assessor's observation or verification interview was refused; nothing was written. */
export class EvidenceRuleError extends Error {
  constructor(
    readonly code: 'not-found' | 'invalid' | 'registration-missing' | 'password' | 'withdrawn',
    message: string,
    /** Per form field, what to correct (for 'invalid' and 'password'). */
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'EvidenceRuleError';
  }
}
