import { z } from 'zod';
import { localDateTimeToMinutes } from '@/lib/quiz/local-date-time';

/**
 * The shapes of quiz files. One schema serves formative quizzes (`quiz.yml` beside a lesson),
 * summative item banks (`content/assessment/*.yml`) and the marker.
 * Cross-references (answers naming options, scenario paths) are checked in `validate-quiz.ts`,
 * because zod sees one object at a time.
 */

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

const ChoiceOptionSchema = z.strictObject({
  id: IdSchema,
  text,
  /** Shown after answering: why this option is right or wrong. */
  feedback: text,
});

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

const BaseQuestion = {
  id: IdSchema,
  prompt: text,
  /** Figures the learner reads to answer, shown after the prompt. */
  tables: z.array(QuestionTableSchema).min(1).optional(),
  /** Assessment criteria this question gives evidence for, or only the orientation code. Required in summative banks. */
  acs: z.array(QuestionCodeSchema).default([]),
};

export const SingleChoiceSchema = z.strictObject({
  ...BaseQuestion,
  type: z.literal('single'),
  options: z.array(ChoiceOptionSchema).min(2, 'needs at least two options'),
  answer: IdSchema,
});

export const MultipleResponseSchema = z.strictObject({
  ...BaseQuestion,
  type: z.literal('multiple'),
  options: z.array(ChoiceOptionSchema).min(3, 'needs at least three options'),
  answers: z.array(IdSchema).min(1, 'needs at least one correct option'),
});

export const TrueFalseSchema = z.strictObject({
  ...BaseQuestion,
  type: z.literal('truefalse'),
  answer: z.boolean(),
  /** Feedback for choosing "true" and for choosing "false". */
  feedback: z.strictObject({ true: text, false: text }),
});

const OrderedItemSchema = z.strictObject({ id: IdSchema, text });

export const OrderingSchema = z.strictObject({
  ...BaseQuestion,
  type: z.literal('ordering'),
  /** The items in their correct order; learners see them shuffled. */
  items: z.array(OrderedItemSchema).min(3, 'needs at least three items'),
  explanation: text,
});

export const MatchingSchema = z.strictObject({
  ...BaseQuestion,
  type: z.literal('matching'),
  /** Left-hand statements, each matched to one choice. */
  pairs: z
    .array(z.strictObject({ id: IdSchema, text, match: IdSchema }))
    .min(2, 'needs at least two pairs'),
  /** Right-hand choices; may hold distractors that match nothing. */
  choices: z.array(OrderedItemSchema).min(2, 'needs at least two choices'),
  explanation: text,
});

export const NumericSchema = z.strictObject({
  ...BaseQuestion,
  type: z.literal('numeric'),
  answer: z.number().finite(),
  tolerance: z.number().min(0).default(0),
  unit: z.string().trim().min(1).optional(),
  explanation: text,
});

/** Local South African time (SAST, UTC+2, no daylight saving) as written on a ticket. */
export const LocalDateTimeSchema = z
  .string()
  .refine(
    (value) => localDateTimeToMinutes(value) !== null,
    'must be a real local date-time written as YYYY-MM-DDTHH:mm, such as 2026-03-04T09:30',
  );

/**
 * The SLA facts behind a date-time answer: it falls `minutes` business minutes after `logged`,
 * with the pauses left out. With these facts the content check proves the answer on the course's
 * calendar, and marking recomputes it on the provider's own calendar.
 */
export const ClockSchema = z.strictObject({
  logged: LocalDateTimeSchema,
  /** Business minutes to run: a target (480 for 8 hours) or a share of one (240 for 50% of 8 hours). */
  minutes: z.number().int('must be a whole number of minutes').positive('must be more than zero minutes'),
  pauses: z.array(z.strictObject({ from: LocalDateTimeSchema, to: LocalDateTimeSchema })).default([]),
});

export const DateTimeAnswerSchema = z.strictObject({
  ...BaseQuestion,
  type: z.literal('datetime'),
  answer: LocalDateTimeSchema,
  clock: ClockSchema.optional(),
  toleranceMinutes: z.number().int().min(0).default(0),
  explanation: text,
});

export const WrittenAnswerSchema = z.strictObject({
  ...BaseQuestion,
  type: z.literal('written'),
  /** What a good answer contains: shown to learners after a formative attempt, to assessors always. */
  modelAnswer: text,
  /** Points an assessor looks for when marking. */
  markingGuide: z.array(text).min(1, 'needs at least one marking point'),
  minWords: z.number().int().min(0).default(0),
  maxWords: z.number().int().positive().optional(),
});

const ScenarioChoiceSchema = z.strictObject({
  id: IdSchema,
  text,
  next: IdSchema,
  feedback: text,
  /** Criteria this choice shows the learner applying. */
  meets: z.array(IdSchema).default([]),
  /** Criteria this choice shows the learner skipping or getting wrong. */
  misses: z.array(IdSchema).default([]),
});

const ScenarioNodeSchema = z.strictObject({
  id: IdSchema,
  /** What happens or what the customer says at this point. */
  text,
  /** Empty on an ending. */
  choices: z.array(ScenarioChoiceSchema).default([]),
  /** Set on an ending node: how the conversation ends. */
  ending: z.boolean().default(false),
});

export const ScenarioSchema = z.strictObject({
  ...BaseQuestion,
  type: z.literal('scenario'),
  criteria: z.array(z.strictObject({ id: IdSchema, label: text })).min(1, 'needs at least one criterion'),
  start: IdSchema,
  nodes: z.array(ScenarioNodeSchema).min(2, 'needs at least two nodes'),
});

export const QuestionSchema = z.discriminatedUnion('type', [
  SingleChoiceSchema,
  MultipleResponseSchema,
  TrueFalseSchema,
  OrderingSchema,
  MatchingSchema,
  NumericSchema,
  DateTimeAnswerSchema,
  WrittenAnswerSchema,
  ScenarioSchema,
]);

export const QuizSchema = z.strictObject({
  id: IdSchema,
  title: text,
  questions: z.array(QuestionSchema).min(1, 'needs at least one question'),
});

/** `quiz.yml` beside a lesson: one or more quizzes, each placed with `<Quiz id="…"/>`. */
export const QuizFileSchema = z.strictObject({
  quizzes: z.array(QuizSchema).min(1, 'needs at least one quiz'),
});

export type Question = z.infer<typeof QuestionSchema>;
export type QuestionTable = z.infer<typeof QuestionTableSchema>;
export type QuestionType = Question['type'];
export type Quiz = z.infer<typeof QuizSchema>;
export type QuizFile = z.infer<typeof QuizFileSchema>;
export type SingleChoiceQuestion = z.infer<typeof SingleChoiceSchema>;
export type MultipleResponseQuestion = z.infer<typeof MultipleResponseSchema>;
export type TrueFalseQuestion = z.infer<typeof TrueFalseSchema>;
export type OrderingQuestion = z.infer<typeof OrderingSchema>;
export type MatchingQuestion = z.infer<typeof MatchingSchema>;
export type NumericQuestion = z.infer<typeof NumericSchema>;
export type DateTimeQuestion = z.infer<typeof DateTimeAnswerSchema>;
export type Clock = z.infer<typeof ClockSchema>;
export type WrittenQuestion = z.infer<typeof WrittenAnswerSchema>;
export type ScenarioQuestion = z.infer<typeof ScenarioSchema>;
export type ScenarioNode = ScenarioQuestion['nodes'][number];
export type ScenarioChoice = ScenarioNode['choices'][number];
