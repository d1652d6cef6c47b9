import type { CriterionSufficiency } from '@/lib/portfolio/sufficiency';
import { describeHoldings, describeRule } from '@/lib/portfolio/sufficiency';

/**
 * A criterion's standing against its sufficiency rule in one sentence, shown beside the assessor's
 * choice so that a "met" the signature would refuse is visible before signing.
 */
export function ruleStandingWords(result: CriterionSufficiency): { met: boolean; words: string } {
  if (result.met) return { met: true, words: `The evidence meets this criterion's rule (${describeRule(result.rule)}): ${describeHoldings(result)}.` };
  return {
    met: false,
    words: `The evidence does not meet this criterion's rule yet, so it cannot be signed as met: it needs ${describeRule(result.rule)} and has ${describeHoldings(result)}. Missing: ${result.missing.join('; ')}.`,
  };
}
