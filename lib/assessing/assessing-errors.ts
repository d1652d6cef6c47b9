/** Refusals an assessor can act on. */
export class AssessingRuleError extends Error {
  constructor(
    readonly code: 'not-found' | 'stale' | 'signed' | 'undecided' | 'feedback-needed' | 'registration-missing' | 'password' | 'wrong-state',
    message: string,
  ) {
    super(message);
    this.name = 'AssessingRuleError';
  }
}
