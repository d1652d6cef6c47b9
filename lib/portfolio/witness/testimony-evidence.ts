import { randomUUID } from 'node:crypto';
import { CHANNELS } from '@/lib/db/schema/portfolio';
import type { TestimonyAnswer } from '@/lib/portfolio/witness/testimony-schema';
import type { EvidenceInsert } from '@/lib/portfolio/summative-evidence';

type Testimony = {
  id: string;
  enrolmentId: string;
  learnerId: string;
  witnessName: string;
  witnessRole: string;
  answers: Record<string, Pick<TestimonyAnswer, 'channel'>>;
  signedAt: Date;
};

/**
 * One evidence piece per channel the witness saw the learner use, claiming the criteria answered
 * on that channel: a channel rule (practical evidence on two channels) then sees what the
 * testimony really shows. Criteria keep the order of `codes` (the form's order).
 */
export function testimonyEvidence(testimony: Testimony, codes: readonly string[]): EvidenceInsert[] {
  return CHANNELS.flatMap((channel) => {
    const criteria = codes.filter((code) => testimony.answers[code]?.channel === channel);
    if (criteria.length === 0) return [];
    return [
      {
        id: randomUUID(),
        enrolmentId: testimony.enrolmentId,
        learnerId: testimony.learnerId,
        method: 'witness' as const,
        criteria,
        channel,
        title: `Testimony of ${testimony.witnessName}, ${testimony.witnessRole}`,
        state: 'signed' as const,
        submissionId: null,
        detailId: testimony.id,
        attesterRole: 'witness' as const,
        attesterId: null,
        attesterName: testimony.witnessName,
        occurredAt: testimony.signedAt,
      },
    ];
  });
}
