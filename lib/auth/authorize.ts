import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { can, type Permission, type PermissionContext, type PolicyActor } from '@/lib/auth/permissions';
import { relationshipTo } from '@/lib/auth/relationship';
import { isRecordId } from '@/lib/forms/storable-text';
import { assessment, enrolment, evidenceFile, logbookEntry, moderationBatch, moderationBatchRecord, observation, recording, submission, verificationInterview, witnessInvitation, witnessTestimony } from '@/lib/db/schema';

export type EvidenceKind = 'observation' | 'interview' | 'logbook' | 'recording' | 'testimony' | 'file';

/**
 * What is acted on. `self`: the actor's own account and learning; null: a permission that is not
 * about anyone in particular. Ids come from the request; who owns them comes from stored rows.
 */
export type Subject =
  | null
  | { self: true }
  | { learnerId: string }
  | { submissionId: string }
  | { batchId: string; submissionId?: string }
  | { invitationId: string }
  | { evidence: EvidenceKind; id: string };

/**
 * `sign-in`: nobody is signed in (pages send them to sign in, routes answer 401). `not-found`:
 * signed in, or a witness, but not entitled, or the subject does not exist: both look the same, so
 * another person's id never confirms that it exists.
 */
export type Decision = { allowed: true; context: PermissionContext } | { allowed: false; reason: 'sign-in' | 'not-found' };

type Resolved = { learnerId: string } | { batch: { moderatorId: string }; submissionId?: string };

/** Whose data the subject is, from stored rows; undefined when the subject does not exist. */
async function resolveSubject(db: Pick<DbOrTx, 'select'>, subject: Exclude<Subject, null | { self: true }>): Promise<Resolved | undefined> {
  // Ids come from the request: one that no record can have (not a UUID, a NUL inside) finds nothing
  // here, before it reaches a query, whichever page, route or action passed it on.
  if (!subjectIds(subject).every(isRecordId)) return undefined;
  if ('batchId' in subject) {
    const [batch] = await db.select({ moderatorId: moderationBatch.moderatorId }).from(moderationBatch).where(eq(moderationBatch.id, subject.batchId));
    if (!batch) return undefined;
    if (subject.submissionId === undefined) return { batch };
    const [held] = await db
      .select({ id: moderationBatchRecord.submissionId })
      .from(moderationBatchRecord)
      .where(and(eq(moderationBatchRecord.batchId, subject.batchId), eq(moderationBatchRecord.submissionId, subject.submissionId)));
    return held ? { batch, submissionId: subject.submissionId } : undefined;
  }
  if ('learnerId' in subject) return { learnerId: subject.learnerId };
  const [row] = await ownerRows(db, subject);
  return row ? { learnerId: row.learnerId } : undefined;
}

function subjectIds(subject: Exclude<Subject, null | { self: true }>): unknown[] {
  if ('batchId' in subject) return subject.submissionId === undefined ? [subject.batchId] : [subject.batchId, subject.submissionId];
  if ('learnerId' in subject) return [subject.learnerId];
  if ('submissionId' in subject) return [subject.submissionId];
  if ('invitationId' in subject) return [subject.invitationId];
  return [subject.id];
}

function ownerRows(db: Pick<DbOrTx, 'select'>, subject: { submissionId: string } | { invitationId: string } | { evidence: EvidenceKind; id: string }) {
  if ('submissionId' in subject) return db.select({ learnerId: submission.learnerId }).from(submission).where(eq(submission.id, subject.submissionId));
  if ('invitationId' in subject) return db.select({ learnerId: witnessInvitation.learnerId }).from(witnessInvitation).where(eq(witnessInvitation.id, subject.invitationId));
  const { id } = subject;
  switch (subject.evidence) {
    case 'observation':
      return db.select({ learnerId: enrolment.learnerId }).from(observation).innerJoin(enrolment, eq(enrolment.id, observation.enrolmentId)).where(eq(observation.id, id));
    case 'interview':
      return db
        .select({ learnerId: enrolment.learnerId })
        .from(verificationInterview)
        .innerJoin(enrolment, eq(enrolment.id, verificationInterview.enrolmentId))
        .where(eq(verificationInterview.id, id));
    case 'logbook':
      return db.select({ learnerId: logbookEntry.learnerId }).from(logbookEntry).where(eq(logbookEntry.id, id));
    case 'recording':
      return db.select({ learnerId: recording.learnerId }).from(recording).where(eq(recording.id, id));
    case 'testimony':
      return db
        .select({ learnerId: witnessInvitation.learnerId })
        .from(witnessTestimony)
        .innerJoin(witnessInvitation, eq(witnessInvitation.id, witnessTestimony.invitationId))
        .where(eq(witnessTestimony.id, id));
    case 'file':
      return db.select({ learnerId: submission.learnerId }).from(evidenceFile).innerJoin(submission, eq(submission.id, evidenceFile.submissionId)).where(eq(evidenceFile.id, id));
  }
}

async function assessed(db: Pick<DbOrTx, 'select'>, actorId: string, submissionId: string | undefined): Promise<boolean> {
  if (submissionId === undefined) return false;
  const rows = await db
    .select({ id: assessment.id })
    .from(assessment)
    .where(and(eq(assessment.submissionId, submissionId), eq(assessment.assessorId, actorId)))
    .limit(1);
  return rows.length > 0;
}

/** The facts the decision table needs, for a signed-in person; null when the subject does not exist. */
async function userContext(db: DbOrTx, actor: Extract<PolicyActor, { kind: 'user' }>, subject: Subject): Promise<PermissionContext | null> {
  if (subject === null) return { relationship: 'none' };
  if ('self' in subject) return { relationship: 'self' };
  const resolved = await resolveSubject(db, subject);
  if (resolved === undefined) return null;
  if ('batch' in resolved) {
    return {
      relationship: actor.role === 'moderator' && resolved.batch.moderatorId === actor.id ? 'batch-moderator' : 'none',
      assessedByActor: await assessed(db, actor.id, resolved.submissionId),
    };
  }
  const relationship = await relationshipTo(db, { id: actor.id, role: actor.role }, resolved.learnerId);
  const submissionId = 'submissionId' in subject ? subject.submissionId : undefined;
  return { relationship, assessedByActor: await assessed(db, actor.id, submissionId) };
}

/**
 * The one policy entry point: may `actor` do `permission` to `subject`? Every page, route handler
 * and server action asks it (through `require-permission.ts`); lib operations that read scoped
 * rows ask the same table (`can`) with facts they already hold.
 */
export async function authorize(db: DbOrTx, actor: PolicyActor, permission: Permission, subject: Subject): Promise<Decision> {
  if (actor.kind === 'anonymous') return { allowed: false, reason: 'sign-in' };
  let context: PermissionContext | null;
  if (actor.kind === 'witness') {
    const own = subject !== null && 'invitationId' in subject && subject.invitationId === actor.invitationId;
    context = { relationship: own ? 'witness' : 'none' };
  } else {
    context = await userContext(db, actor, subject);
  }
  if (!context || !can(actor, permission, context)) return { allowed: false, reason: 'not-found' };
  return { allowed: true, context };
}
