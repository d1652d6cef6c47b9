import { readFileSync } from 'node:fs';
import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import { parse } from 'yaml';
import { person } from '@/lib/assessment/testing/fixtures';
import type { Actor } from '@/lib/auth/permissions';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { auditEvent, enrolment, evidence, observation, verificationInterview } from '@/lib/db/schema';
import { ObservationsFileSchema } from '@/lib/portfolio/practical-schemas';
import { assignAssessor } from '@/lib/users/manage-users';

/** The course's real observation scenarios, as the assessor chooses them. */
export const SCENARIOS = ObservationsFileSchema.parse(parse(readFileSync(path.resolve('content/practical/observations.yml'), 'utf8'))).scenarios;

export const REGISTRATION = 'MICT/ASS/2026/0042';

/**
 * A learner with their assigned, registered assessor; an assessor not assigned to them; and a
 * second learner assigned to an assessor with no registration number on file.
 */
export async function assignedPeople(handle: DatabaseHandle) {
  const admin: Actor = { id: await person(handle, 'Admin Person', 'admin'), role: 'admin' };
  const assessor: Actor = { id: await person(handle, 'Refilwe Maseko', 'assessor', REGISTRATION), role: 'assessor' };
  const stranger: Actor = { id: await person(handle, 'Other Assessor', 'assessor', 'MICT/ASS/2026/0099'), role: 'assessor' };
  const unregistered: Actor = { id: await person(handle, 'New Assessor', 'assessor'), role: 'assessor' };
  const learnerId = await person(handle, 'Tumelo Phiri', 'learner');
  const otherLearnerId = await person(handle, 'Palesa Dube', 'learner');
  await assignAssessor(handle.db, admin, learnerId, assessor.id);
  await assignAssessor(handle.db, admin, otherLearnerId, unregistered.id);
  const [enrolled] = await handle.db.select({ id: enrolment.id }).from(enrolment).where(eq(enrolment.learnerId, learnerId));
  return { admin, assessor, stranger, unregistered, learnerId, otherLearnerId, enrolmentId: enrolled?.id ?? '' };
}

/** What a learner's assessor evidence amounts to in the database: rows of each table and audit events. */
export async function writtenFor(handle: DatabaseHandle, learnerId: string) {
  const enrolments = (await handle.db.select({ id: enrolment.id }).from(enrolment).where(eq(enrolment.learnerId, learnerId))).map((row) => row.id);
  const [observations, interviews, pieces, events] = await Promise.all([
    handle.db.select().from(observation).where(inArray(observation.enrolmentId, enrolments)),
    handle.db.select().from(verificationInterview).where(inArray(verificationInterview.enrolmentId, enrolments)),
    handle.db.select().from(evidence).where(eq(evidence.learnerId, learnerId)),
    handle.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.subjectType, 'enrolment'), inArray(auditEvent.subjectId, enrolments), inArray(auditEvent.type, ['observation.recorded', 'observation.withdrawn', 'interview.recorded']))),
  ]);
  return { observations, interviews, pieces, events };
}
