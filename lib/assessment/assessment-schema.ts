import { z } from 'zod';
import { IdSchema, TextSchema } from '@/lib/quiz/schema';

/** The evidence methods a summative part can be. */
export const SUMMATIVE_METHODS = ['knowledge', 'written', 'simulated-ticket'] as const;

/** `content/assessment/assessment.yml`: the parts of the summative assessment, in order, each drawn from one bank. */
export const AssessmentDefinitionSchema = z.strictObject({
  title: TextSchema,
  introduction: TextSchema,
  parts: z
    .array(
      z.strictObject({
        bank: IdSchema,
        title: TextSchema,
        instructions: TextSchema,
        /** The evidence method the part's answers count as (see the methods registry). */
        method: z.enum(SUMMATIVE_METHODS, { message: `must be one of ${SUMMATIVE_METHODS.join(', ')}` }),
      }),
    )
    .min(1, 'needs at least one part'),
});

export type AssessmentDefinition = z.infer<typeof AssessmentDefinitionSchema>;
