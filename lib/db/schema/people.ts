import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { cohort } from '@/lib/db/schema/administration';
import { user } from '@/lib/db/schema/auth';

export const ROLES = ['learner', 'assessor', 'moderator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const profile = pgTable(
  'profile',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => user.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ROLES }).notNull(),
    fullName: text('full_name').notNull(),
    /** 'sa-id' or 'passport' for learners; null until the learner gives one. */
    identityKind: text('identity_kind', { enum: ['sa-id', 'passport'] }),
    idNumber: text('id_number'),
    passportNumber: text('passport_number'),
    passportCountry: text('passport_country'),
    /** SETA registration number of an assessor or moderator: free text, required to sign. */
    registrationNumber: text('registration_number'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('profile_role_idx').on(table.role),
    // Lists of learners come in name order a page at a time: the index gives the first page without sorting everyone.
    index('profile_full_name_idx').on(table.fullName, table.userId),
    check('profile_role_check', sql`${table.role} in ('learner', 'assessor', 'moderator', 'admin')`),
  ],
);

export const ENROLMENT_STATUSES = ['active', 'competent', 'not_yet_competent', 'withdrawn'] as const;

export const enrolment = pgTable(
  'enrolment',
  {
    id: text('id').primaryKey(),
    learnerId: text('learner_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    courseId: text('course_id').notNull(),
    courseVersion: text('course_version').notNull(),
    assessorId: text('assessor_id').references(() => user.id, { onDelete: 'set null' }),
    cohortId: text('cohort_id').references(() => cohort.id, { onDelete: 'restrict' }),
    status: text('status', { enum: ENROLMENT_STATUSES }).notNull().default('active'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('enrolment_learner_course_idx').on(table.learnerId, table.courseId), index('enrolment_assessor_idx').on(table.assessorId), index('enrolment_cohort_idx').on(table.cohortId)],
);

export const lessonProgress = pgTable(
  'lesson_progress',
  {
    learnerId: text('learner_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    lessonSlug: text('lesson_slug').notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.learnerId, table.lessonSlug] })],
);

export const formativeAttempt = pgTable(
  'formative_attempt',
  {
    learnerId: text('learner_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    quizId: text('quiz_id').notNull(),
    questionId: text('question_id').notNull(),
    response: jsonb('response').notNull(),
    score: real('score').notNull(),
    attempts: integer('attempts').notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.learnerId, table.quizId, table.questionId] })],
);
