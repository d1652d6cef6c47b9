/** Refusals a learner can act on; each message says what happened and what to do. */
export class LogbookRuleError extends Error {
  constructor(
    readonly code: 'invalid' | 'not-found' | 'not-enrolled' | 'withdrawn' | 'relied-on' | 'countersigned',
    message: string,
    /** Per form field, what is wrong with it (for 'invalid'). */
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'LogbookRuleError';
  }
}

export const NOT_FOUND_MESSAGE = 'There is no such logbook entry in your logbook.';
