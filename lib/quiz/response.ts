import { z } from 'zod';
import { IdSchema, LocalDateTimeSchema } from '@/lib/quiz/schema';
import type { TicketEntry } from '@/lib/quiz/ticket-fields';
import { LEVELS, PRIORITIES } from '@/lib/sla/priority';
import { storableText } from '@/lib/forms/storable-text';

const shortText = storableText().max(500, 'must be at most 500 characters').optional();
const longText = storableText().max(4_000, 'must be at most 4,000 characters').optional();

/** A ticket log as far as the learner has filled it in: every field may still be empty. */
export const TicketEntrySchema = z.strictObject({
  callerName: shortText,
  site: shortText,
  contact: shortText,
  problem: longText,
  affectedUsers: z.number().int('must be a whole number').min(0).max(1_000_000).optional(),
  businessEffect: longText,
  impact: z.enum(LEVELS).optional(),
  urgency: z.enum(LEVELS).optional(),
  priority: z.enum(PRIORITIES).optional(),
  loggedAt: LocalDateTimeSchema.optional(),
  responseDue: LocalDateTimeSchema.optional(),
  resolutionDue: LocalDateTimeSchema.optional(),
}) satisfies z.ZodType<TicketEntry>;

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
  z.strictObject({ type: z.literal('written'), text: storableText().max(20_000, 'must be at most 20,000 characters') }),
  /** The ids of the choices taken, from the start node to an ending. */
  z.strictObject({ type: z.literal('scenario'), path: z.array(IdSchema).max(100) }),
  /** The ticket log and, when the item asks for it, the message to the customer. */
  z.strictObject({
    type: z.literal('ticket'),
    fields: TicketEntrySchema,
    message: storableText().max(20_000, 'must be at most 20,000 characters').optional(),
  }),
]);

export type QuizResponse = z.infer<typeof ResponseSchema>;
export type TicketResponse = Extract<QuizResponse, { type: 'ticket' }>;
