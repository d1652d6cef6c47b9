import type { AssessedDecision } from '@/lib/moderation/sample-types';
import { mulberry32, seedFromString } from '@/lib/quiz/draw';

const START = Date.UTC(2025, 2, 3, 8, 0);
const HOUR = 60 * 60 * 1000;

/** A competent, clear-cut decision deep into the assessor's career, unless the overrides say otherwise. */
export function decision(submissionId: string, overrides: Partial<AssessedDecision> = {}): AssessedDecision {
  return {
    submissionId,
    assessorId: 'assessor-a',
    assessorName: 'Thandi Mokoena',
    learnerName: `Learner ${submissionId}`,
    outcome: 'competent',
    signedAt: new Date(START),
    borderline: null,
    assessorDecisionNumber: 100,
    ...overrides,
  };
}

/** `count` decisions of one assessor, numbered from `firstNumber` and signed an hour apart. */
export function decisionsBy(
  assessor: { id: string; name: string },
  count: number,
  options: { prefix?: string; firstNumber?: number; outcome?: AssessedDecision['outcome'] } = {},
): AssessedDecision[] {
  const { prefix = assessor.id, firstNumber = 100, outcome = 'competent' } = options;
  return Array.from({ length: count }, (_, index) =>
    decision(`${prefix}-${String(index).padStart(3, '0')}`, {
      assessorId: assessor.id,
      assessorName: assessor.name,
      outcome,
      signedAt: new Date(START + index * HOUR),
      assessorDecisionNumber: firstNumber + index,
    }),
  );
}

/** A random but reproducible batch: up to 60 decisions from up to 5 assessors, some new, some NYC or borderline. */
export function randomBatch(seed: string): AssessedDecision[] {
  const random = mulberry32(seedFromString(seed));
  const assessorCount = 1 + Math.floor(random() * 5);
  const size = Math.floor(random() * 61);
  const nextNumber = Array.from({ length: assessorCount }, () => (random() < 0.3 ? 1 : 1 + Math.floor(random() * 200)));
  const nycRate = random() * 0.4;
  return Array.from({ length: size }, (_, index) => {
    const assessor = Math.floor(random() * assessorCount);
    const number = nextNumber[assessor] ?? 1;
    nextNumber[assessor] = number + 1;
    return decision(`${seed}-${index}`, {
      assessorId: `assessor-${assessor}`,
      assessorName: `Assessor ${assessor}`,
      outcome: random() < nycRate ? 'not_yet_competent' : 'competent',
      signedAt: new Date(START + Math.floor(random() * 500) * HOUR),
      borderline: random() < 0.05 ? 'Competent on every criterion, but the automatically marked questions scored 61%' : null,
      assessorDecisionNumber: number,
    });
  });
}
