import { z } from 'zod';
import { AcCodeSchema, IdSchema } from '@/lib/quiz/schema';

/** Shapes of the course's content files. Every file is parsed with these before anything renders. */

const text = z.string().trim().min(1, 'must not be empty');

export const LessonSlugSchema = z
  .string()
  .regex(/^\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lesson folder name such as 02-customer-relationships');

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Where the unit standard stands on the SAQA register. A legacy unit standard has passed its
 * registration end date; SAQA/QCTO set its last dates for enrolment and achievement, and public
 * copies of the record disagree on them, so the content never states those dates: the provider
 * enters them in its settings.
 */
export const RegistrationSchema = z.strictObject({
  status: z.enum(['registered', 'legacy'], { error: 'must be registered or legacy' }),
  /** The registration end date on the SAQA record, "YYYY-MM-DD" (quoted in YAML). */
  endDate: z.string().regex(LOCAL_DATE, 'must be a date written as YYYY-MM-DD, in quotes'),
  /** How the level is read today, e.g. "pre-2009 NQF level 5". */
  levelNote: text,
  /** Who sets the last dates for enrolment and achievement, e.g. "SAQA and the QCTO". */
  lastDatesSetBy: text,
});

export const UnitStandardSchema = z.strictObject({
  id: z.number().int().positive(),
  title: text,
  nqfLevel: z.number().int().min(1).max(10),
  credits: z.number().int().positive(),
  notionalHours: z.number().int().positive(),
  qualification: z.strictObject({ title: text, saqaId: z.number().int().positive(), credits: z.number().int().positive(), qualityAssuror: text }),
  assumedLearning: z.array(text).min(1),
  registration: RegistrationSchema.optional(),
});

export const ModuleSchema = z.strictObject({
  id: IdSchema,
  title: text,
  summary: text,
  lessons: z.array(LessonSlugSchema).min(1, 'a module needs at least one lesson'),
});

/** The four kinds of learning time the notional hours are split into; each appears once. */
export const LEARNING_TIME_PARTS = ['lessons', 'practice', 'summative', 'workplace'] as const;

export const LearningTimePartSchema = z.strictObject({
  part: z.enum(LEARNING_TIME_PARTS, { error: `must be one of ${LEARNING_TIME_PARTS.join(', ')}` }),
  title: text,
  /** Half hours are the finest grain: a plan of notional hours is an estimate, not a timesheet. */
  hours: z.number().positive('must be more than 0').multipleOf(0.5, 'must be a whole or half hour'),
  description: text,
});

/** How the unit standard's notional hours split: every part once, adding up to the notional hours. */
const LearningTimeSchema = z.array(LearningTimePartSchema).superRefine((parts, context) => {
  for (const part of LEARNING_TIME_PARTS) {
    const count = parts.filter((entry) => entry.part === part).length;
    if (count !== 1) context.addIssue({ code: 'custom', message: `the part "${part}" must appear once (it appears ${count} times)` });
  }
});

export const CourseSchema = z
  .strictObject({
    id: IdSchema,
    title: text,
    summary: text,
    unitStandard: UnitStandardSchema,
    learningTime: LearningTimeSchema,
    modules: z.array(ModuleSchema).min(1, 'the course needs at least one module'),
  })
  .superRefine((course, context) => {
    const total = course.learningTime.reduce((sum, part) => sum + part.hours, 0);
    const notional = course.unitStandard.notionalHours;
    if (total === notional) return;
    const listed = course.learningTime.map((part) => `${part.part} ${part.hours}`).join(' + ');
    context.addIssue({
      code: 'custom',
      path: ['learningTime'],
      message: `the parts add up to ${total} hours (${listed}) but the unit standard has ${notional} notional hours`,
    });
  });

/**
 * The code for questions about how the course and its assessment work. It is not a criterion:
 * it never counts as evidence or coverage, may not be combined with a criterion on one question,
 * and has no place in a summative bank.
 */
export const OrientationSchema = z.strictObject({
  code: z.string().regex(/^[A-Z][A-Z0-9]{2,19}$/, 'must be capital letters and digits, such as ORIENT'),
  title: text,
  text,
});

export const OutcomesSchema = z.strictObject({
  /** Shown to learners: these are the provider's working criteria until official text replaces them. */
  status: text,
  orientation: OrientationSchema.optional(),
  outcomes: z
    .array(
      z.strictObject({
        code: z.enum(['SO1', 'SO2', 'SO3'], { error: 'must be SO1, SO2 or SO3' }),
        title: text,
        criteria: z.array(z.strictObject({ code: AcCodeSchema, text })).min(1),
      }),
    )
    .length(3, 'the unit standard has three specific outcomes'),
});

export const LessonFrontmatterSchema = z.strictObject({
  title: text,
  summary: text,
  order: z.number().int().positive(),
  minutes: z.number().int().positive().max(240),
  /** Criteria the lesson serves; the welcome lesson may serve none. */
  outcomes: z.array(AcCodeSchema).default([]),
});

export const GlossarySchema = z.strictObject({
  terms: z
    .array(z.strictObject({ id: IdSchema, term: text, definition: text, lessons: z.array(LessonSlugSchema).default([]) }))
    .min(1),
});

export type Course = z.infer<typeof CourseSchema>;
export type LearningTimePart = z.infer<typeof LearningTimePartSchema>;
export type Registration = z.infer<typeof RegistrationSchema>;
export type CourseModule = z.infer<typeof ModuleSchema>;
export type Outcomes = z.infer<typeof OutcomesSchema>;
export type LessonFrontmatter = z.infer<typeof LessonFrontmatterSchema>;
export type Glossary = z.infer<typeof GlossarySchema>;
