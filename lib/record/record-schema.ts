import { z } from 'zod';

/**
 * The record of learning: one read model, rendered on screen, on A4 paper and as a PDF.
 * Everything the SETA inspects is here; nothing on the record is computed by the views.
 */

const Judgement = z.enum(['competent', 'not_yet_competent']);

export const RecordPersonSchema = z.strictObject({
  name: z.string().nullable(),
  registrationNumber: z.string().nullable(),
});

export const RecordSignatureSchema = z.strictObject({
  /** The typed name and the time of the authenticated action: an ordinary electronic signature (ECTA s13). */
  name: z.string(),
  role: z.enum(['learner', 'assessor', 'moderator']),
  registrationNumber: z.string().nullable(),
  signedAt: z.iso.datetime({ offset: true }),
});

export const RecordActivitySchema = z.strictObject({
  /** e.g. "Knowledge test", "Ticket triage", "Escalation message". */
  title: z.string(),
  acs: z.array(z.string()),
  /** Per criterion the assessor's judgement; null until assessed. */
  result: Judgement.nullable(),
  /** What the learner did, in one line: "12 questions answered", "1 message written". */
  summary: z.string(),
});

export const RecordEvidenceSchema = z.strictObject({
  name: z.string(),
  mediaType: z.enum(['application/pdf', 'image/png', 'image/jpeg']),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** One piece of evidence behind a criterion, as the record names it. */
export const RecordEvidencePieceSchema = z.strictObject({
  /** The method's id, and its label as printed when the record was made. */
  method: z.string(),
  methodLabel: z.string(),
  title: z.string(),
  occurredAt: z.iso.datetime({ offset: true }),
  attesterName: z.string(),
  attesterRole: z.enum(['learner', 'assessor', 'witness', 'system']),
});

/**
 * The evidence behind one criterion: once the assessor signs, the pieces the judgement sealed and
 * whether the criterion's sufficiency rule was met when it was signed; before that, the attempt's
 * current evidence and where the rule stands now.
 */
export const RecordCriterionEvidenceSchema = z.strictObject({
  ruleMet: z.boolean(),
  /** The rule in words: "2 pieces of evidence, from 2 methods, one of them practical". */
  rule: z.string(),
  pieces: z.array(RecordEvidencePieceSchema),
});

export const RecordCriterionSchema = z.strictObject({
  code: z.string(),
  text: z.string(),
  met: z.boolean().nullable(),
  comment: z.string().nullable(),
  /** Absent from records snapshotted before evidence was recorded per criterion: they stay readable. */
  evidence: RecordCriterionEvidenceSchema.optional(),
});

export const RecordOutcomeSchema = z.strictObject({
  code: z.enum(['SO1', 'SO2', 'SO3']),
  title: z.string(),
  result: Judgement.nullable(),
  criteria: z.array(RecordCriterionSchema),
});

export const RECORD_STATUSES = ['in_progress', 'assessed', 'final', 'superseded'] as const;

export const RecordOfLearningSchema = z.strictObject({
  status: z.enum(RECORD_STATUSES),
  /** Set once final: the code printed on the record and the QR code, checked at /verify/<code>. */
  verification: z.strictObject({ code: z.string(), url: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).nullable(),
  /** The newer version of a superseded record, if any. */
  supersededBy: z.string().nullable(),
  generatedAt: z.iso.datetime({ offset: true }),
  provider: z.strictObject({ name: z.string(), accreditationNumber: z.string() }),
  unitStandard: z.strictObject({
    id: z.number(),
    title: z.string(),
    nqfLevel: z.number(),
    credits: z.number(),
    /** The standing on the SAQA register when the record was made; absent on records made before it was recorded. */
    registration: z
      .strictObject({ status: z.enum(['registered', 'legacy']), endDate: z.string(), levelNote: z.string(), lastDatesSetBy: z.string() })
      .optional(),
  }),
  courseVersion: z.string(),
  candidate: z.strictObject({
    name: z.string(),
    /** In full on the record itself, for those entitled to it; the verify page shows it masked. */
    identityLabel: z.enum(['ID number', 'Passport number']).nullable(),
    identityNumber: z.string().nullable(),
    passportCountry: z.string().nullable(),
  }),
  assessor: RecordPersonSchema,
  moderator: RecordPersonSchema,
  attempt: z.strictObject({ number: z.number().int().positive(), of: z.number().int().positive() }).nullable(),
  activities: z.array(RecordActivitySchema),
  evidence: z.array(RecordEvidenceSchema),
  outcomes: z.array(RecordOutcomeSchema),
  overall: Judgement.nullable(),
  assessorFeedback: z.string().nullable(),
  dates: z.strictObject({
    enrolled: z.iso.datetime({ offset: true }),
    submitted: z.iso.datetime({ offset: true }).nullable(),
    assessed: z.iso.datetime({ offset: true }).nullable(),
    moderated: z.iso.datetime({ offset: true }).nullable(),
  }),
  signatures: z.array(RecordSignatureSchema),
});

export type RecordOfLearning = z.infer<typeof RecordOfLearningSchema>;
