import { z } from 'zod';

/** One signed assessment decision in a moderation batch, as the sampler needs it. */
export const AssessedDecisionSchema = z.object({
  submissionId: z.string().min(1),
  assessorId: z.string().min(1),
  assessorName: z.string(),
  learnerName: z.string(),
  outcome: z.enum(['competent', 'not_yet_competent']),
  signedAt: z.date(),
  /** Why the decision is a borderline case, in plain words; null when it is not one. */
  borderline: z.string().min(1).nullable(),
  /** 1 is the assessor's first ever signed decision, across all batches. */
  assessorDecisionNumber: z.number().int().min(1),
});
export type AssessedDecision = z.infer<typeof AssessedDecisionSchema>;

/** The same bounds as the provider settings `sampleCompetentPercent` and `sampleFirstDecisionsPerAssessor`. */
export const SampleRulesSchema = z.object({
  competentPercent: z.number().int().min(25, 'must be at least 25% (the SETA minimum)').max(100),
  firstDecisionsPerAssessor: z.number().int().min(0).max(50),
});
export type SampleRules = z.infer<typeof SampleRulesSchema>;

export type SampleItem = { submissionId: string; reasons: string[] };

export type AssessorSummary = { assessorId: string; assessorName: string; total: number; sampled: number };

export type SampleSummary = {
  total: number;
  sampled: number;
  /** Share of the batch in the sample, rounded to one decimal; 0 for an empty batch. */
  percent: number;
  competent: number;
  competentSampled: number;
  notYetCompetent: number;
  perAssessor: AssessorSummary[];
};

export type SampleProposal = {
  /** Sorted by assessor, then by when the decision was signed. */
  items: SampleItem[];
  /** Submission ids left out of the sample, in the same order. */
  notSampled: string[];
  summary: SampleSummary;
};
