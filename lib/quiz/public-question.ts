import { z } from 'zod';
import { type Seed, shuffleOptions } from '@/lib/quiz/draw';
import { publicBaseOf, publicTicket } from '@/lib/quiz/public-parts';
import { IdSchema, type Question } from '@/lib/quiz/schema';
import { TICKET_FIELD_IDS } from '@/lib/quiz/ticket-fields';

/**
 * What a browser may see of a summative item during an attempt: the prompt and the things to
 * choose from, shuffled by the attempt seed. No answer, key, feedback, explanation, model answer,
 * marking guide, tolerance, match, scenario criteria, or ticket log key. Strict objects, so a client parsing it
 * also refuses any extra field.
 */

const PublicTextSchema = z.string();
const PublicOptionSchema = z.strictObject({ id: IdSchema, text: PublicTextSchema });
const PublicTableSchema = z.strictObject({ caption: PublicTextSchema, columns: z.array(PublicTextSchema), rows: z.array(z.array(PublicTextSchema)) });
const publicBase = { id: IdSchema, prompt: PublicTextSchema, tables: z.array(PublicTableSchema).optional() };

export const PublicQuestionSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...publicBase, type: z.literal('single'), options: z.array(PublicOptionSchema) }),
  z.strictObject({ ...publicBase, type: z.literal('multiple'), options: z.array(PublicOptionSchema) }),
  z.strictObject({ ...publicBase, type: z.literal('truefalse') }),
  z.strictObject({ ...publicBase, type: z.literal('ordering'), items: z.array(PublicOptionSchema) }),
  z.strictObject({
    ...publicBase,
    type: z.literal('matching'),
    pairs: z.array(PublicOptionSchema),
    choices: z.array(PublicOptionSchema),
  }),
  z.strictObject({ ...publicBase, type: z.literal('numeric'), unit: z.string().nullable() }),
  z.strictObject({ ...publicBase, type: z.literal('datetime') }),
  z.strictObject({
    ...publicBase,
    type: z.literal('written'),
    minWords: z.number().int().min(0),
    maxWords: z.number().int().positive().nullable(),
  }),
  z.strictObject({
    ...publicBase,
    type: z.literal('scenario'),
    start: IdSchema,
    nodes: z.array(
      z.strictObject({
        id: IdSchema,
        text: PublicTextSchema,
        ending: z.boolean(),
        // `next` lets the browser show where a choice leads; what it meets or misses stays on the server.
        choices: z.array(z.strictObject({ id: IdSchema, text: PublicTextSchema, next: IdSchema })),
      }),
    ),
  }),
  z.strictObject({
    ...publicBase,
    type: z.literal('ticket'),
    callAt: z.string(),
    transcript: z.array(z.strictObject({ speaker: PublicTextSchema, line: PublicTextSchema })),
    /** The fields to fill in, in form order; what is right in each stays on the server. */
    fields: z.array(z.enum(TICKET_FIELD_IDS)),
    message: z
      .strictObject({ prompt: PublicTextSchema, minWords: z.number().int().min(0), maxWords: z.number().int().positive().nullable() })
      .nullable(),
  }),
]);

export type PublicQuestion = z.infer<typeof PublicQuestionSchema>;

export { publicBaseOf, publicTicket };

const publicOption = (option: { id: string; text: string }) => ({ id: option.id, text: option.text });

/** Copies only the fields a learner may see; each field is named, so new key fields never leak by default. */
export function toPublicQuestion(question: Question, seed: Seed): PublicQuestion {
  const shown = shuffleOptions(question, seed);
  const base = publicBaseOf(shown);
  switch (shown.type) {
    case 'single':
    case 'multiple':
      return { ...base, type: shown.type, options: shown.options.map(publicOption) };
    case 'truefalse':
    case 'datetime':
      return { ...base, type: shown.type };
    case 'ordering':
      return { ...base, type: shown.type, items: shown.items.map(publicOption) };
    case 'matching':
      return { ...base, type: shown.type, pairs: shown.pairs.map(publicOption), choices: shown.choices.map(publicOption) };
    case 'numeric':
      return { ...base, type: shown.type, unit: shown.unit ?? null };
    case 'written':
      return { ...base, type: shown.type, minWords: shown.minWords, maxWords: shown.maxWords ?? null };
    case 'scenario':
      return {
        ...base,
        type: shown.type,
        start: shown.start,
        nodes: shown.nodes.map((node) => ({
          id: node.id,
          text: node.text,
          ending: node.ending,
          choices: node.choices.map((choice) => ({ id: choice.id, text: choice.text, next: choice.next })),
        })),
      };
    case 'ticket':
      return publicTicket(shown);
  }
}
