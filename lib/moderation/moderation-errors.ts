export class ModerationRuleError extends Error {
  constructor(
    readonly code: 'not-found' | 'empty' | 'own-assessment' | 'not-sampled' | 'wrong-state' | 'unresolved' | 'registration-missing' | 'password' | 'signed' | 'reasons-needed' | 'not-moderator',
    message: string,
  ) {
    super(message);
    this.name = 'ModerationRuleError';
  }
}
