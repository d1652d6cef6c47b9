import { z } from 'zod';
import { IdSchema, TextSchema } from '@/lib/quiz/schema';

/** `content/assessment/assessment.yml`: the parts of the summative assessment, in order, each drawn from one bank. */
export const AssessmentDefinitionSchema = z.strictObject({
  title: TextSchema,
  introduction: TextSchema,
  parts: z
    .array(z.strictObject({ bank: IdSchema, title: TextSchema, instructions: TextSchema }))
    .min(1, 'needs at least one part'),
});

export type AssessmentDefinition = z.infer<typeof AssessmentDefinitionSchema>;
