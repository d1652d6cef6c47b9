import { z } from 'zod';
import { BaseQuestion, LocalDateTimeSchema, TextSchema } from '@/lib/quiz/schema-primitives';
import { LEVELS, PRIORITIES } from '@/lib/sla/priority';

/**
 * A simulated ticket: the learner reads a call transcript, logs the ticket (marked field by field)
 * and, when the item asks, writes to the caller (marked by the assessor). Field meanings are in
 * `ticket-fields.ts`; the marking rule is in `mark-ticket.ts`.
 */

export const FactSchema = z.strictObject({
  /** What the fact is, in the assessor's words: "the error message". */
  fact: TextSchema,
  /** Ways of saying it; the entry must contain at least one. */
  anyOf: z.array(TextSchema).min(1, 'needs at least one way of saying the fact'),
});

const TextKeySchema = z.strictObject({
  /** A right entry, shown to the assessor. It must itself mention every fact. */
  answer: TextSchema,
  /** What the entry must mention. Left out, the entry must contain the answer itself. */
  facts: z.array(FactSchema).min(1, 'needs at least one fact').optional(),
});

const DateTimeKeySchema = z.strictObject({
  answer: LocalDateTimeSchema,
  toleranceMinutes: z.number().int().min(0).default(0),
});

export const TicketLogKeySchema = z.strictObject({
  callerName: TextKeySchema,
  site: TextKeySchema,
  contact: TextKeySchema,
  problem: TextKeySchema,
  affectedUsers: z.strictObject({ answer: z.number().int().min(0), tolerance: z.number().int().min(0).default(0) }),
  businessEffect: TextKeySchema,
  impact: z.enum(LEVELS),
  urgency: z.enum(LEVELS),
  priority: z.enum(PRIORITIES),
  loggedAt: DateTimeKeySchema,
  /** The due times are asked together or not at all. */
  responseDue: DateTimeKeySchema.optional(),
  resolutionDue: DateTimeKeySchema.optional(),
});

/** The written part: what the learner tells the caller. Marked by the assessor, never automatically. */
export const TicketMessageSchema = z.strictObject({
  prompt: TextSchema,
  modelAnswer: TextSchema,
  markingGuide: z.array(TextSchema).min(1, 'needs at least one marking point'),
  minWords: z.number().int().min(0).default(0),
  maxWords: z.number().int().positive().optional(),
});

export const TicketSchema = z.strictObject({
  ...BaseQuestion,
  type: z.literal('ticket'),
  /** When the call came in, SAST wall-clock time. */
  callAt: LocalDateTimeSchema,
  transcript: z.array(z.strictObject({ speaker: TextSchema, line: TextSchema })).min(2, 'needs at least two lines'),
  log: TicketLogKeySchema,
  /** Why these ratings and due times: for the assessor, and after a practice attempt. */
  explanation: TextSchema,
  message: TicketMessageSchema.optional(),
});

export type TicketQuestion = z.infer<typeof TicketSchema>;
export type TicketLogKey = TicketQuestion['log'];
export type TextKey = z.infer<typeof TextKeySchema>;
export type Fact = z.infer<typeof FactSchema>;
