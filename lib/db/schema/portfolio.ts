import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { user } from '@/lib/db/schema/auth';
import { submission } from '@/lib/db/schema/assessment';
import { enrolment } from '@/lib/db/schema/people';

/** How a piece of evidence was produced (the registry with labels and rules is `lib/portfolio/methods.ts`). */
export const EVIDENCE_METHODS = ['knowledge', 'written', 'simulated-ticket', 'observation', 'role-play', 'witness', 'logbook', 'interview', 'document'] as const;
export type EvidenceMethod = (typeof EVIDENCE_METHODS)[number];

/** Where a customer interaction took place. */
export const CHANNELS = ['phone', 'email', 'in-person', 'chat', 'remote'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * draft: the learner is still working on it; submitted: put forward as evidence; signed: produced
 * and signed by an assessor or a witness; withdrawn: taken back, kept for the audit trail only.
 */
export const EVIDENCE_STATES = ['draft', 'submitted', 'signed', 'withdrawn'] as const;
export type EvidenceState = (typeof EVIDENCE_STATES)[number];

export const ATTESTER_ROLES = ['learner', 'assessor', 'witness', 'system'] as const;

/**
 * One piece of evidence, whatever its method: the one model behind the evidence matrix, the
 * sufficiency rules and the record. Its detail lives in the method's own row (`detailId`).
 */
export const evidence = pgTable(
  'evidence',
  {
    id: text('id').primaryKey(),
    enrolmentId: text('enrolment_id')
      .notNull()
      .references(() => enrolment.id, { onDelete: 'restrict' }),
    learnerId: text('learner_id')
      .notNull()
      .references(() => user.id, { onDelete: 'restrict' }),
    method: text('method', { enum: EVIDENCE_METHODS }).notNull(),
    /** The assessment-criterion codes this piece claims. */
    criteria: jsonb('criteria').$type<string[]>().notNull(),
    channel: text('channel', { enum: CHANNELS }),
    title: text('title').notNull(),
    state: text('state', { enum: EVIDENCE_STATES }).notNull(),
    /** The summative attempt a knowledge, written or simulated-ticket piece (or an uploaded document) belongs to. */
    submissionId: text('submission_id').references(() => submission.id, { onDelete: 'restrict' }),
    /** The row holding the method's detail (observation, recording, testimony, logbook entry, interview, evidence file). */
    detailId: text('detail_id'),
    attesterRole: text('attester_role', { enum: ATTESTER_ROLES }).notNull(),
    attesterId: text('attester_id').references(() => user.id, { onDelete: 'restrict' }),
    attesterName: text('attester_name').notNull(),
    /** When the work it shows happened (the interaction, the ticket, the submission). */
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('evidence_enrolment_idx').on(table.enrolmentId), index('evidence_detail_idx').on(table.detailId)],
);

/** Per criterion, per checklist behaviour: seen or not, with the assessor's note. */
export type ObservedBehaviours = Record<string, Record<string, { observed: boolean; note: string }>>;

/** An assessor's signed observation of a live or simulated interaction. Never edited once signed. */
export const observation = pgTable(
  'observation',
  {
    id: text('id').primaryKey(),
    enrolmentId: text('enrolment_id')
      .notNull()
      .references(() => enrolment.id, { onDelete: 'restrict' }),
    assessorId: text('assessor_id')
      .notNull()
      .references(() => user.id, { onDelete: 'restrict' }),
    /** The observation scenario in content whose checklist was used. */
    scenarioId: text('scenario_id').notNull(),
    live: boolean('live').notNull(),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    place: text('place').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    context: text('context').notNull(),
    behaviours: jsonb('behaviours').$type<ObservedBehaviours>().notNull(),
    signatureName: text('signature_name').notNull(),
    signatureRegistration: text('signature_registration').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('observation_enrolment_idx').on(table.enrolmentId)],
);

/** A role-play recording the learner kept (recorded in the browser or uploaded). */
export const recording = pgTable(
  'recording',
  {
    id: text('id').primaryKey(),
    enrolmentId: text('enrolment_id')
      .notNull()
      .references(() => enrolment.id, { onDelete: 'restrict' }),
    learnerId: text('learner_id')
      .notNull()
      .references(() => user.id, { onDelete: 'restrict' }),
    /** The role-play brief in content. */
    briefId: text('brief_id').notNull(),
    name: text('name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    durationSeconds: integer('duration_seconds'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the provider's retention period removed the bytes (lib/privacy/expire-evidence.ts); the row stays for its notes and the record. */
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (table) => [index('recording_enrolment_idx').on(table.enrolmentId)],
);

/** An assessor's or moderator's note at a moment of a recording, about one criterion. */
export const recordingNote = pgTable(
  'recording_note',
  {
    id: text('id').primaryKey(),
    recordingId: text('recording_id')
      .notNull()
      .references(() => recording.id, { onDelete: 'restrict' }),
    authorId: text('author_id')
      .notNull()
      .references(() => user.id, { onDelete: 'restrict' }),
    atSeconds: integer('at_seconds').notNull(),
    criterion: text('criterion').notNull(),
    note: text('note').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('recording_note_recording_idx').on(table.recordingId)],
);

/** A single-use, expiring link for a workplace witness; only the token's hash is stored. */
export const witnessInvitation = pgTable(
  'witness_invitation',
  {
    id: text('id').primaryKey(),
    enrolmentId: text('enrolment_id')
      .notNull()
      .references(() => enrolment.id, { onDelete: 'restrict' }),
    learnerId: text('learner_id')
      .notNull()
      .references(() => user.id, { onDelete: 'restrict' }),
    witnessName: text('witness_name').notNull(),
    witnessRole: text('witness_role').notNull(),
    organisation: text('organisation').notNull(),
    contact: text('contact').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('witness_token_idx').on(table.tokenHash), index('witness_enrolment_idx').on(table.enrolmentId)],
);

export type WitnessAnswer = { saw: string; frequency: 'once' | 'a-few-times' | 'regularly'; context: string; channel: string | null };

/** What a witness attested, per criterion, signed with their typed name and the declaration. */
export const witnessTestimony = pgTable(
  'witness_testimony',
  {
    id: text('id').primaryKey(),
    invitationId: text('invitation_id')
      .notNull()
      .references(() => witnessInvitation.id, { onDelete: 'restrict' }),
    confirmedName: text('confirmed_name').notNull(),
    confirmedRole: text('confirmed_role').notNull(),
    confirmedOrganisation: text('confirmed_organisation').notNull(),
    answers: jsonb('answers').$type<Record<string, WitnessAnswer>>().notNull(),
    /** Logbook entries the witness countersigned in the same testimony. */
    countersignedEntries: jsonb('countersigned_entries').$type<string[]>().notNull().default([]),
    declarationName: text('declaration_name').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex('witness_testimony_invitation_idx').on(table.invitationId)],
);

export type Escalation = { to: string; at: string; why: string };
export type FollowUp = { at: string; how: string };

/** One ticket in the learner's logbook, real or simulated, with what the SLA made of it. */
export const logbookEntry = pgTable(
  'logbook_entry',
  {
    id: text('id').primaryKey(),
    enrolmentId: text('enrolment_id')
      .notNull()
      .references(() => enrolment.id, { onDelete: 'restrict' }),
    learnerId: text('learner_id')
      .notNull()
      .references(() => user.id, { onDelete: 'restrict' }),
    reference: text('reference').notNull(),
    simulated: boolean('simulated').notNull(),
    loggedAt: timestamp('logged_at', { withTimezone: true }).notNull(),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    customer: text('customer').notNull(),
    description: text('description').notNull(),
    impact: text('impact').notNull(),
    urgency: text('urgency').notNull(),
    priority: text('priority').notNull(),
    responseDueAt: timestamp('response_due_at', { withTimezone: true }).notNull(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    resolutionDueAt: timestamp('resolution_due_at', { withTimezone: true }).notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    escalations: jsonb('escalations').$type<Escalation[]>().notNull().default([]),
    followUp: jsonb('follow_up').$type<FollowUp | null>(),
    /** Where the entry disagrees with the SLA (a priority the grid would not give, a due time that does not follow), for learner and assessor. */
    flags: jsonb('flags').$type<string[]>().notNull().default([]),
    countersignedBy: text('countersigned_by'),
    countersignedAt: timestamp('countersigned_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('logbook_enrolment_idx').on(table.enrolmentId)],
);

/** The assessor's check that written work is the learner's own: questions, answers and a verdict. */
export const verificationInterview = pgTable(
  'verification_interview',
  {
    id: text('id').primaryKey(),
    enrolmentId: text('enrolment_id')
      .notNull()
      .references(() => enrolment.id, { onDelete: 'restrict' }),
    submissionId: text('submission_id').references(() => submission.id, { onDelete: 'restrict' }),
    assessorId: text('assessor_id')
      .notNull()
      .references(() => user.id, { onDelete: 'restrict' }),
    questions: jsonb('questions').$type<{ question: string; answer: string }[]>().notNull(),
    verdict: text('verdict', { enum: ['authentic', 'doubts'] }).notNull(),
    notes: text('notes').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    signatureName: text('signature_name').notNull(),
    signatureRegistration: text('signature_registration').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('interview_enrolment_idx').on(table.enrolmentId)],
);
