import { z } from 'zod';
import { ResponseSchema } from '@/lib/quiz/response';

const Timestamp = z.iso.datetime({ offset: true, error: 'must be an ISO date-time' });

export const LessonProgressSchema = z.strictObject({ openedAt: Timestamp, completedAt: Timestamp.nullable() });

export const AttemptSchema = z.strictObject({
  response: ResponseSchema,
  score: z.number().min(0).max(1),
  attempts: z.number().int().min(1).max(10_000),
  answeredAt: Timestamp,
});

const LessonKey = z.string().regex(/^\d{2}-[a-z0-9-]+$/, 'must be a lesson slug').max(100);
const AnswerKey = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be quizId/questionId').max(200);

/** The browser's progress as it is synced to the server; the same shape comes back merged. */
export const ProgressSnapshotSchema = z.strictObject({
  lessons: z.record(LessonKey, LessonProgressSchema).refine((value) => Object.keys(value).length <= 200, 'too many lessons'),
  answers: z.record(AnswerKey, AttemptSchema).refine((value) => Object.keys(value).length <= 2000, 'too many answers'),
});

export type ProgressSnapshot = z.infer<typeof ProgressSnapshotSchema>;
