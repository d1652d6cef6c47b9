import type { WitnessRefusal } from '@/lib/portfolio/witness/witness-refusals';

type Code = Exclude<WitnessRefusal, 'too-many'> | 'not-found' | 'not-waiting' | 'not-enrolled' | 'countersign' | 'invalid';

/** A witness-method rule the person can act on; `field` names the form field it concerns, if any. */
export class WitnessRuleError extends Error {
  constructor(
    readonly code: Code,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'WitnessRuleError';
  }
}
