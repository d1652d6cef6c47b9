import { z } from 'zod';
import { IdSchema, LocalDateTimeSchema } from '@/lib/quiz/schema';

/**
 * What a learner sends for each question type. The same schema checks a formative answer in the
 * browser store and a summative answer arriving at the server.
 */
export const ResponseSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('single'), optionId: IdSchema }),
  z.strictObject({ type: z.literal('multiple'), optionIds: z.array(IdSchema).max(50) }),
  z.strictObject({ type: z.literal('truefalse'), value: z.boolean() }),
  z.strictObject({ type: z.literal('ordering'), order: z.array(IdSchema).max(50) }),
  z.strictObject({ type: z.literal('matching'), matches: z.record(IdSchema, IdSchema) }),
  z.strictObject({ type: z.literal('numeric'), value: z.number().finite() }),
  z.strictObject({ type: z.literal('datetime'), value: LocalDateTimeSchema }),
  z.strictObject({ type: z.literal('written'), text: z.string().max(20_000, 'must be at most 20,000 characters') }),
  /** The ids of the choices taken, from the start node to an ending. */
  z.strictObject({ type: z.literal('scenario'), path: z.array(IdSchema).max(100) }),
]);

export type QuizResponse = z.infer<typeof ResponseSchema>;
