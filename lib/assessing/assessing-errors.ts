/** Refusals an assessor can act on. */
export class AssessingRuleError extends Error {
  constructor(
    readonly code: 'not-found' | 'stale' | 'signed' | 'undecided' | 'feedback-needed' | 'registration-missing' | 'password' | 'wrong-state' | 'insufficient' | 'authenticity',
    message: string,
    /** Per criterion code, why it may not be judged met (for 'insufficient'). */
    readonly criteria: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'AssessingRuleError';
  }
}
