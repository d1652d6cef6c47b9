import { z } from 'zod';
import { ROLES } from '@/lib/db/schema/people';

const RoleSchema = z.enum(ROLES);

/**
 * Every event the audit trail can hold. Data never carries an ID or passport number or a password:
 * it names what changed, not the personal information itself.
 */
export const AuditEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('admin.created'), data: z.strictObject({ email: z.string() }) }),
  z.strictObject({ type: z.literal('user.signed_up'), data: z.strictObject({ email: z.string() }) }),
  z.strictObject({ type: z.literal('user.created'), data: z.strictObject({ email: z.string(), role: RoleSchema }) }),
  z.strictObject({ type: z.literal('user.role_changed'), data: z.strictObject({ from: RoleSchema, to: RoleSchema }) }),
  z.strictObject({ type: z.literal('profile.updated'), data: z.strictObject({ fields: z.array(z.string()).min(1) }) }),
  z.strictObject({ type: z.literal('auth.signed_in'), data: z.strictObject({}) }),
  z.strictObject({ type: z.literal('auth.signed_out'), data: z.strictObject({}) }),
  z.strictObject({ type: z.literal('auth.password_changed'), data: z.strictObject({}) }),
  z.strictObject({
    type: z.literal('auth.sign_in_failures'),
    data: z.strictObject({ email: z.string(), failures: z.number().int().positive(), windowMinutes: z.number().positive() }),
  }),
  z.strictObject({
    type: z.literal('enrolment.assessor_assigned'),
    data: z.strictObject({ assessorId: z.string().nullable(), previousAssessorId: z.string().nullable() }),
  }),
  z.strictObject({ type: z.literal('submission.started'), data: z.strictObject({ attemptNumber: z.number().int().positive(), items: z.number().int() }) }),
  z.strictObject({
    type: z.literal('submission.submitted'),
    data: z.strictObject({ attemptNumber: z.number().int().positive(), declarationName: z.string(), evidenceFiles: z.number().int() }),
  }),
  z.strictObject({ type: z.literal('evidence.added'), data: z.strictObject({ name: z.string(), sha256: z.string(), size: z.number().int() }) }),
  z.strictObject({ type: z.literal('evidence.removed'), data: z.strictObject({ name: z.string(), sha256: z.string() }) }),
  z.strictObject({ type: z.literal('assessment.draft_saved'), data: z.strictObject({ round: z.number().int().positive() }) }),
  z.strictObject({
    type: z.literal('assessment.signed'),
    data: z.strictObject({
      round: z.number().int().positive(),
      outcome: z.enum(['competent', 'not_yet_competent']),
      criteriaMet: z.number().int(),
      criteriaTotal: z.number().int(),
      registrationNumber: z.string(),
    }),
  }),
  z.strictObject({ type: z.literal('assessment.sign_refused'), data: z.strictObject({ reason: z.string() }) }),
  z.strictObject({
    type: z.literal('moderation.batch_created'),
    data: z.strictObject({ records: z.number().int(), sampled: z.number().int(), moderatorId: z.string() }),
  }),
  z.strictObject({ type: z.literal('moderation.record_added'), data: z.strictObject({ batchId: z.string() }) }),
  z.strictObject({
    type: z.literal('moderation.decided'),
    data: z.strictObject({ batchId: z.string(), decision: z.enum(['agree', 'refer']), round: z.number().int(), criteriaReferred: z.array(z.string()) }),
  }),
  z.strictObject({
    type: z.literal('moderation.batch_signed'),
    data: z.strictObject({ records: z.number().int(), registrationNumber: z.string() }),
  }),
  z.strictObject({
    type: z.literal('record.finalised'),
    // attempt and current are absent on events written before a later attempt could supersede an earlier one.
    data: z.strictObject({ version: z.number().int(), sha256: z.string(), code: z.string(), attempt: z.number().int().optional(), current: z.boolean().optional() }),
  }),
  z.strictObject({
    type: z.literal('record.corrected'),
    data: z.strictObject({ version: z.number().int(), sha256: z.string(), code: z.string(), supersedes: z.string(), reason: z.string() }),
  }),
  z.strictObject({ type: z.literal('settings.changed'), data: z.strictObject({ key: z.string(), from: z.unknown(), to: z.unknown() }) }),
  // Logbook entries: the learner's own tickets. Free text (reference, customer) stays out of the trail.
  z.strictObject({
    type: z.literal('logbook.entry_saved'),
    data: z.strictObject({ entryId: z.string(), evidenceId: z.string(), criteria: z.array(z.string()), flags: z.number().int() }),
  }),
  z.strictObject({
    type: z.literal('logbook.entry_edited'),
    data: z.strictObject({ entryId: z.string(), evidenceId: z.string(), criteria: z.array(z.string()), flags: z.number().int() }),
  }),
  z.strictObject({ type: z.literal('logbook.entry_withdrawn'), data: z.strictObject({ entryId: z.string(), evidenceId: z.string() }) }),
  // Witness testimony: the link's token (and its hash) never appears in the trail.
  z.strictObject({
    type: z.literal('witness.invited'),
    data: z.strictObject({ invitationId: z.string(), witnessName: z.string(), witnessRole: z.string(), organisation: z.string(), expiresAt: z.string() }),
  }),
  z.strictObject({ type: z.literal('witness.invitation_revoked'), data: z.strictObject({ invitationId: z.string(), witnessName: z.string() }) }),
  z.strictObject({
    type: z.literal('witness.testimony_signed'),
    data: z.strictObject({
      invitationId: z.string(),
      testimonyId: z.string(),
      witnessName: z.string(),
      criteria: z.array(z.string()),
      channels: z.array(z.string()),
      evidenceIds: z.array(z.string()),
      countersignedEntries: z.array(z.string()),
    }),
  }),
  // Observation and verification interview: evidence the assessor produces and signs.
  z.strictObject({
    type: z.literal('observation.recorded'),
    data: z.strictObject({ observationId: z.string(), evidenceId: z.string(), scenarioId: z.string(), criteriaShown: z.array(z.string()), registrationNumber: z.string() }),
  }),
  z.strictObject({ type: z.literal('observation.withdrawn'), data: z.strictObject({ observationId: z.string(), evidenceId: z.string(), reason: z.string() }) }),
  z.strictObject({
    type: z.literal('interview.recorded'),
    data: z.strictObject({
      interviewId: z.string(),
      evidenceId: z.string(),
      submissionId: z.string().nullable(),
      verdict: z.enum(['authentic', 'doubts']),
      questions: z.number().int().positive(),
      registrationNumber: z.string(),
    }),
  }),
  // Role-play recordings: kept by the learner, withdrawn by the learner, noted by an assessor or moderator.
  z.strictObject({
    type: z.literal('role_play.kept'),
    data: z.strictObject({ recordingId: z.string(), evidenceId: z.string(), briefId: z.string(), name: z.string(), mediaType: z.string(), sha256: z.string(), size: z.number().int() }),
  }),
  z.strictObject({ type: z.literal('role_play.withdrawn'), data: z.strictObject({ recordingId: z.string(), evidenceId: z.string() }) }),
  z.strictObject({
    type: z.literal('role_play.noted'),
    data: z.strictObject({ recordingId: z.string(), noteId: z.string(), criterion: z.string(), atSeconds: z.number().int() }),
  }),
  // Provider administration: cohorts, imports, bulk moves, password links.
  z.strictObject({ type: z.literal('cohort.created'), data: z.strictObject({ cohortId: z.string(), name: z.string(), startsOn: z.string(), endsOn: z.string() }) }),
  z.strictObject({
    type: z.literal('learners.imported'),
    data: z.strictObject({ importId: z.string(), fileName: z.string(), sha256: z.string(), learners: z.number().int().nonnegative(), invitations: z.enum(['mailed', 'handed-out']) }),
  }),
  z.strictObject({ type: z.literal('enrolment.cohort_changed'), data: z.strictObject({ cohortId: z.string().nullable(), previousCohortId: z.string().nullable() }) }),
  z.strictObject({ type: z.literal('data.exported'), data: z.strictObject({ kind: z.enum(['results', 'moderation']), format: z.enum(['csv', 'json']), cohortId: z.string().nullable(), rows: z.number().int().nonnegative() }) }),
  z.strictObject({ type: z.literal('user.invited'), data: z.strictObject({ email: z.string(), importId: z.string(), cohortId: z.string().nullable(), assessorId: z.string().nullable() }) }),
  z.strictObject({ type: z.literal('auth.password_link_issued'), data: z.strictObject({ purpose: z.enum(['invitation', 'reset']), byAdmin: z.boolean() }) }),
  // Learners' data rights: their own copy, erasure, anonymisation.
  z.strictObject({ type: z.literal('personal_data.exported'), data: z.strictObject({ byAdmin: z.boolean(), files: z.number().int().nonnegative(), records: z.number().int().nonnegative() }) }),
  z.strictObject({ type: z.literal('learner.erased'), data: z.strictObject({ enrolments: z.number().int().nonnegative(), attempts: z.number().int().nonnegative(), recordings: z.number().int().nonnegative() }) }),
  z.strictObject({ type: z.literal('learner.anonymised'), data: z.strictObject({ draftsRemoved: z.number().int().nonnegative() }) }),
  // The provider's retention period ran out for a learner's files: how many were removed and the period then in force.
  z.strictObject({ type: z.literal('evidence.expired'), data: z.strictObject({ files: z.number().int().positive(), months: z.number().int().positive() }) }),
  z.strictObject({ type: z.literal('auth.password_set_by_link'), data: z.strictObject({ purpose: z.enum(['invitation', 'reset']), sessionsEnded: z.number().int().nonnegative() }) }),
]);

export type AuditEvent = z.infer<typeof AuditEventSchema>;
export type AuditEventType = AuditEvent['type'];
