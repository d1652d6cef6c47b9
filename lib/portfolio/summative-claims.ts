import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import type { MethodClaims } from '@/lib/portfolio/check-reachable';

/** What each summative method can evidence: the criteria of every item in the banks of its parts. */
export function summativeClaims(assessment: LoadedAssessment): MethodClaims {
  const claims: MethodClaims = new Map();
  for (const part of assessment.definition.parts) {
    const codes = assessment.banks.get(part.bank)?.items.flatMap((item) => item.acs) ?? [];
    claims.set(part.method, new Set([...(claims.get(part.method) ?? []), ...codes]));
  }
  return claims;
}
