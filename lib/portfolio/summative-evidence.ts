import { randomUUID } from 'node:crypto';
import type { AssessmentDefinition } from '@/lib/assessment/assessment-schema';
import type { evidence } from '@/lib/db/schema';

export type EvidenceInsert = typeof evidence.$inferInsert;

type Attempt = { id: string; enrolmentId: string; learnerId: string; attemptNumber: number };

/**
 * One piece of evidence per summative part of a submitted attempt, claiming the criteria its drawn
 * items serve, as the part's method: the knowledge test is one piece, not one per question.
 */
export function summativeEvidence(input: {
  attempt: Attempt;
  parts: AssessmentDefinition['parts'];
  items: readonly { bankId: string; acs: readonly string[] }[];
  declarationName: string;
  submittedAt: Date;
}): EvidenceInsert[] {
  return input.parts.flatMap((part) => {
    const criteria = [...new Set(input.items.filter((item) => item.bankId === part.bank).flatMap((item) => item.acs))].sort();
    if (criteria.length === 0) return [];
    return [
      {
        id: randomUUID(),
        enrolmentId: input.attempt.enrolmentId,
        learnerId: input.attempt.learnerId,
        method: part.method,
        criteria,
        channel: null,
        title: `${part.title} (attempt ${input.attempt.attemptNumber})`,
        state: 'submitted' as const,
        submissionId: input.attempt.id,
        detailId: null,
        attesterRole: 'learner' as const,
        attesterId: input.attempt.learnerId,
        attesterName: input.declarationName,
        occurredAt: input.submittedAt,
      },
    ];
  });
}
