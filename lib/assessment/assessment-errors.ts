/** Refusals a learner can act on; each message says what happened and what to do. */
export class AssessmentRuleError extends Error {
  constructor(
    readonly code:
      | 'not-found'
      | 'locked'
      | 'not-in-draw'
      | 'wrong-shape'
      | 'not-open-yet'
      | 'attempt-open'
      | 'no-attempts-left'
      | 'closed'
      | 'incomplete'
      | 'declaration'
      | 'not-enrolled'
      | 'stale',
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'AssessmentRuleError';
  }
}
