import { z } from 'zod';
import { localDateTimeToMinutes } from '@/lib/quiz/local-date-time';

/** Shapes shared by every question type (see schema.ts); kept apart so a type in its own file can use them. */

export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens');

export const AcCodeSchema = z.string().regex(/^AC[1-3]\.[1-9]$/, 'must be an assessment-criterion code such as AC2.3');

export const TextSchema = z.string().trim().min(1, 'must not be empty');

export const BaseQuestion = {
  id: IdSchema,
  prompt: TextSchema,
  /** Assessment criteria this question gives evidence for. Required in summative banks. */
  acs: z.array(AcCodeSchema).default([]),
};

/** Local South African time (SAST, UTC+2, no daylight saving) as written on a ticket. */
export const LocalDateTimeSchema = z
  .string()
  .refine(
    (value) => localDateTimeToMinutes(value) !== null,
    'must be a real local date-time written as YYYY-MM-DDTHH:mm, such as 2026-03-04T09:30',
  );

