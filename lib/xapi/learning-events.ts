import { z } from 'zod';

const Id = z.string().min(1).max(200);
const At = z.iso.datetime({ offset: true });

/**
 * What a learner or their assessor did that the provider's learning record store should hear of.
 * Each is written to the outbox inside the change it reports and turned into an xAPI statement only
 * when it is sent, so a retry sends the very same statement.
 */
export const LearningEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('lesson.opened'), learnerId: Id, lessonSlug: Id, at: At }),
  z.strictObject({ type: z.literal('lesson.completed'), learnerId: Id, lessonSlug: Id, at: At }),
  z.strictObject({
    type: z.literal('question.answered'),
    learnerId: Id,
    quizId: Id,
    questionId: Id,
    /** 0 to 1; a written answer is saved, not scored, and has none. */
    score: z.number().min(0).max(1).nullable(),
    attempts: z.number().int().min(1),
    at: At,
  }),
  z.strictObject({ type: z.literal('attempt.submitted'), learnerId: Id, submissionId: Id, attemptNumber: z.number().int().min(1), at: At }),
  z.strictObject({
    type: z.literal('judgement.signed'),
    learnerId: Id,
    assessorId: Id,
    submissionId: Id,
    attemptNumber: z.number().int().min(1),
    outcome: z.enum(['competent', 'not_yet_competent']),
    criteriaMet: z.number().int().min(0),
    criteriaTotal: z.number().int().min(1),
    at: At,
  }),
  z.strictObject({
    type: z.literal('record.final'),
    learnerId: Id,
    submissionId: Id,
    outcome: z.enum(['competent', 'not_yet_competent']),
    verificationCode: Id,
    at: At,
  }),
]);

export type LearningEvent = z.infer<typeof LearningEventSchema>;
