import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import type { Question } from '@/lib/quiz/schema';

/** The bank item behind an item key `bankId/itemId`, or null. */
export function findItem(assessment: LoadedAssessment, itemKey: string): Question | null {
  const [bankId, itemId, extra] = itemKey.split('/');
  if (extra !== undefined) return null;
  return assessment.banks.get(bankId ?? '')?.items.find((item) => item.id === itemId) ?? null;
}
