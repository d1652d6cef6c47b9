import { z } from 'zod';
import { localDateTimeToMinutes } from '@/lib/quiz/local-date-time';

/** Shapes shared by every question type (see schema.ts); kept apart so a type in its own file can use them. */

export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens');

export const AcCodeSchema = z.string().regex(/^AC[1-3]\.[1-9]$/, 'must be an assessment-criterion code such as AC2.3');

/**
 * What a question is tagged with: assessment-criterion codes, or the orientation code that
 * outcomes.yml defines for questions about how the course works. Which codes exist, and which
 * combinations are allowed, the content check decides from outcomes.yml.
 */
export const QuestionCodeSchema = z
  .string()
  .regex(/^(?:AC[1-3]\.[1-9]|[A-Z][A-Z0-9]{2,19})$/, 'must be an assessment-criterion code such as AC2.3, or the orientation code from outcomes.yml');

export const TextSchema = z.string().trim().min(1, 'must not be empty');
const text = TextSchema;

/**
 * A table of figures shown with a question, such as a month's SLA report. Plain text cells,
 * rendered as a real table so a screen reader can move by row and column.
 */
export const QuestionTableSchema = z
  .strictObject({
    caption: text,
    columns: z.array(text).min(2, 'needs at least two columns'),
    rows: z.array(z.array(text)).min(1, 'needs at least one row'),
  })
  .superRefine((table, context) => {
    if (new Set(table.columns).size !== table.columns.length) context.addIssue({ code: 'custom', path: ['columns'], message: 'two columns share a heading' });
    for (const [index, row] of table.rows.entries()) {
      if (row.length === table.columns.length) continue;
      context.addIssue({ code: 'custom', path: ['rows', index], message: `has ${row.length} cells but the table has ${table.columns.length} columns` });
    }
  });

export const BaseQuestion = {
  id: IdSchema,
  prompt: text,
  /** Figures the learner reads to answer, shown after the prompt. */
  tables: z.array(QuestionTableSchema).min(1).optional(),
  /** Assessment criteria this question gives evidence for, or only the orientation code. Required in summative banks. */
  acs: z.array(QuestionCodeSchema).default([]),
};

/** Local South African time (SAST, UTC+2, no daylight saving) as written on a ticket. */
export const LocalDateTimeSchema = z
  .string()
  .refine(
    (value) => localDateTimeToMinutes(value) !== null,
    'must be a real local date-time written as YYYY-MM-DDTHH:mm, such as 2026-03-04T09:30',
  );
