import { z } from 'zod';
import { IdSchema, QuestionSchema, TextSchema } from '@/lib/quiz/schema';

/** How many times larger than one draw a bank must be, so each attempt draws a different set. */
export const BANK_SIZE_FACTOR = 3;

/** A summative item: every one gives evidence for at least one assessment criterion. */
export const BankItemSchema = QuestionSchema.refine((item) => item.acs.length > 0, {
  message: 'a summative item needs at least one AC code',
  path: ['acs'],
});

/**
 * A summative item bank (`content/assessment/*.yml`). Its keys stay on the server; a learner's
 * attempt draws `draw` items from it with the seed stored on the submission.
 */
export const BankSchema = z
  .strictObject({
    id: IdSchema,
    title: TextSchema,
    /** Items in one attempt. */
    draw: z.number().int('must be a whole number').positive('must be at least 1'),
    items: z.array(BankItemSchema).min(1, 'needs at least one item'),
  })
  .superRefine((bank, context) => {
    const needed = bank.draw * BANK_SIZE_FACTOR;
    if (bank.items.length >= needed) return;
    context.addIssue({
      code: 'custom',
      path: ['draw'],
      message: `draws ${bank.draw} items, so the bank needs at least ${needed} (it has ${bank.items.length}): each attempt must draw a different set`,
    });
  });

export type Bank = z.infer<typeof BankSchema>;
