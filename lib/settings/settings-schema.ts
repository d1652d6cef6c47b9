import { z } from 'zod';
import { LocalDateSchema } from '@/lib/sla/schema';
import { storableText } from '@/lib/forms/storable-text';

/** A day the provider's desk is closed beyond the public holidays: a new declaration or its own shutdown. */
export const ClosedDateSchema = z.strictObject({
  date: LocalDateSchema,
  name: storableText().trim().min(1, 'needs a name, such as "Local government elections"').max(80, 'must be at most 80 characters'),
});
export type ClosedDate = z.infer<typeof ClosedDateSchema>;

export const MAX_CLOSED_DATES = 200;

const ClosedDatesSchema = z
  .array(ClosedDateSchema)
  .max(MAX_CLOSED_DATES, `must list at most ${MAX_CLOSED_DATES} dates`)
  .refine((dates) => new Set(dates.map((d) => d.date)).size === dates.length, 'must not list a date twice')
  // Stored in date order, so the form, the audit trail and the calendar read the same list.
  .transform((dates) => [...dates].sort((a, b) => a.date.localeCompare(b.date)));

/** A last date set by SAQA/QCTO for a legacy unit standard, or null while the provider has none to enter. */
const LastDateSchema = LocalDateSchema.nullable().default(null);

/** Every provider setting with its default; a stored value that no longer fits falls back to the default. */
export const SETTING_SCHEMAS = {
  providerName: storableText().trim().max(200, 'must be at most 200 characters').default(''),
  accreditationNumber: storableText().trim().max(100, 'must be at most 100 characters').default(''),
  selfSignUp: z.boolean().default(true),
  maxAttempts: z.number().int('must be a whole number').min(1, 'must be at least 1').max(10, 'must be at most 10').default(3),
  appealWindowHours: z.number().int('must be a whole number').min(1, 'must be at least 1 hour').max(24 * 90, 'must be at most 90 days').default(48),
  assessmentOpensAfterAllLessons: z.boolean().default(true),
  sampleCompetentPercent: z.number().int().min(25, 'must be at least 25% (the SETA minimum)').max(100).default(25),
  sampleFirstDecisionsPerAssessor: z.number().int().min(0).max(50).default(5),
  verificationInterviewRequired: z.boolean().default(false),
  logbookRequiredEntries: z.number().int('must be a whole number').min(0, 'cannot be negative').max(50, 'must be at most 50').default(5),
  recordingMaxMegabytes: z.number().int('must be a whole number').min(1, 'must be at least 1 MB').max(200, 'must be at most 200 MB').default(50),
  witnessLinkDays: z.number().int('must be a whole number').min(1, 'must be at least 1 day').max(60, 'must be at most 60 days').default(14),
  /** After this day (SAST) nobody new is enrolled: sign-up and new learner accounts are refused. */
  lastEnrolmentDate: LastDateSchema,
  /** After this day (SAST) no new assessment attempt starts; records stay readable. */
  lastAchievementDate: LastDateSchema,
  /**
   * POPIA: uploaded evidence files and recordings are removed this many months after the learner's
   * record became final (lib/privacy/expire-evidence.ts); the sealed record keeps each file's name
   * and SHA-256. 0 keeps them for ever, the default, so nothing is removed until a provider decides.
   */
  evidenceRetentionMonths: z.number().int('must be a whole number of months').min(0, 'cannot be negative (0 keeps files for ever)').max(600, 'must be at most 600 months (50 years)').default(0),
  /** Days the SLA clock does not run, on top of the public holidays in lib/sla. */
  closedDates: ClosedDatesSchema.default([]),
} as const;

export type SettingKey = keyof typeof SETTING_SCHEMAS;
export const SETTING_KEYS = Object.keys(SETTING_SCHEMAS).filter((key): key is SettingKey => key in SETTING_SCHEMAS);

export const SettingsSchema = z.object(SETTING_SCHEMAS);
export type Settings = z.infer<typeof SettingsSchema>;

type Patchable = { [K in SettingKey]: z.ZodOptional<(typeof SETTING_SCHEMAS)[K] extends z.ZodDefault<infer Inner> ? Inner : (typeof SETTING_SCHEMAS)[K]> };

/**
 * What an admin may send: any subset of the settings, each validated. The defaults are taken off
 * first: a setting the form does not send must stay as stored, not be filled with its default.
 */
export const SettingsPatchSchema = z.strictObject(
  Object.fromEntries(Object.entries(SETTING_SCHEMAS).map(([key, schema]) => [key, (schema instanceof z.ZodDefault ? schema.unwrap() : schema).optional()])) as Patchable,
);
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;
