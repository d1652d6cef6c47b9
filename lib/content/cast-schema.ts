import { z } from 'zod';
import { IdSchema } from '@/lib/quiz/schema';

/**
 * `content/cast.yml`: everyone who appears in the course's stories, the organisations they work
 * for and the ticket numbers, each with the places it appears. A place is one lesson body
 * (`lesson:<slug>`), one knowledge-check question (`question:<id>`), one summative item
 * (`item:<bank>/<id>`) or the glossary (`glossary`).
 */

const text = z.string().trim().min(1, 'must not be empty');

export const PlaceSchema = z
  .string()
  .regex(/^(?:lesson:\d{2}-[a-z0-9-]+|question:[a-z0-9-]+|item:[a-z0-9-]+\/[a-z0-9-]+|glossary)$/, 'must be lesson:<slug>, question:<id>, item:<bank>/<id> or glossary');

export const TICKET_PATTERN = /\bINC-\d{5}\b/g;

const places = z.array(PlaceSchema).min(1, 'list at least one place where this appears');

export const CastSchema = z.strictObject({
  organisations: z.array(
    z.strictObject({
      id: IdSchema,
      name: text,
      /** What it is and where, e.g. "logistics company in Durban". */
      about: text,
    }),
  ),
  people: z.array(
    z.strictObject({
      /** First name, then surname: "Sipho Dlamini", "Pieter van der Merwe". */
      name: z.string().regex(/^[A-Z][a-z]+(?:-[A-Z][a-z]+)? (?:(?:van der|van|de|du|le) )?[A-Z][a-z]+(?:-[A-Z][a-z]+)?$/, 'must be a first name and a surname, such as Sipho Dlamini'),
      /** The one role this person has everywhere, e.g. "service desk agent". */
      role: text,
      /** An organisation id from this file, or null for someone outside a named organisation. */
      organisation: IdSchema.nullable().default(null),
      appears: places,
    }),
  ),
  tickets: z.array(
    z.strictObject({
      number: z.string().regex(/^INC-\d{5}$/, 'must be written INC- and five digits, such as INC-20417'),
      /** The story the ticket belongs to, in a few words. */
      story: text,
      appears: places,
    }),
  ),
});

export type Cast = z.infer<typeof CastSchema>;
export type CastPerson = Cast['people'][number];
