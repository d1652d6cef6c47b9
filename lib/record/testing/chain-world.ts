import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Signer } from '@/lib/assessing/confirm-signer';
import { findItem } from '@/lib/assessment/find-item';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { startAttempt } from '@/lib/assessment/start-attempt';
import { submitAttempt } from '@/lib/assessment/submit-attempt';
import { givePracticalEvidence } from '@/lib/assessment/testing/fixtures';
import { modelResponse } from '@/lib/assessment/testing/model-answers';
import type { Actor } from '@/lib/auth/permissions';
import { COURSE_ID, courseVersion } from '@/lib/content/course-version';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { enrolment, profile, submissionItem, user } from '@/lib/db/schema';
import type { Role } from '@/lib/db/schema/people';
import type { RecordDeps } from '@/lib/record/build-record';

export type Staff = { actor: Actor; signer: Signer };
export type WorldLearner = { id: string; name: string; enrolmentId: string; assessorIndex: number };

/** One provider's people for one generated sequence: fresh, so sequences never see each other's state. */
export type ChainWorld = {
  handle: DatabaseHandle;
  deps: RecordDeps;
  content: LoadedAssessment;
  admin: Actor;
  assessors: Staff[];
  moderators: Staff[];
  learners: WorldLearner[];
  /** What every signed judgement and snapshot looked like when first seen, to prove none ever changes. */
  sealed: Map<string, string>;
  /** Per learner, their rows as last checked: a learner whose rows did not change needs no new look at their record. */
  checked: Map<number, string>;
};

const SURNAMES = ['Mokoena', 'Naidoo', 'van Wyk', 'Dlamini', 'Botha', 'Khumalo', 'Pillay', 'Mahlangu'];

/**
 * A person straight into the tables (no password: the chain's signing steps are driven past the
 * password check, which has tests of its own), so hundreds of sequences can each have fresh people.
 */
async function insertPerson(handle: DatabaseHandle, role: Role, fullName: string, registrationNumber: string | null): Promise<string> {
  const id = randomUUID();
  const now = new Date();
  await handle.db.insert(user).values({ id, name: fullName, email: `${id}@chain.example.co.za`, emailVerified: false, createdAt: now, updatedAt: now });
  await handle.db.insert(profile).values({ userId: id, role, fullName, registrationNumber, ...(role === 'learner' ? { identityKind: 'sa-id' as const, idNumber: '8001015009087' } : {}) });
  return id;
}

async function staff(handle: DatabaseHandle, role: 'assessor' | 'moderator', index: number): Promise<Staff> {
  const fullName = `${role === 'assessor' ? 'Assessor' : 'Moderator'} ${SURNAMES[index % SURNAMES.length]}`;
  const registrationNumber = `MICT/${role === 'assessor' ? 'ASS' : 'MOD'}/${1000 + index}`;
  const id = await insertPerson(handle, role, fullName, registrationNumber);
  return { actor: { id, role }, signer: { fullName, registrationNumber } };
}

export async function createWorld(handle: DatabaseHandle, deps: RecordDeps, content: LoadedAssessment, sizes = { assessors: 2, moderators: 2, learners: 3 }): Promise<ChainWorld> {
  const admin: Actor = { id: await insertPerson(handle, 'admin', 'Admin Mthembu', null), role: 'admin' };
  const assessors = await Promise.all(Array.from({ length: sizes.assessors }, (_, index) => staff(handle, 'assessor', index)));
  const moderators = await Promise.all(Array.from({ length: sizes.moderators }, (_, index) => staff(handle, 'moderator', index)));
  const learners: WorldLearner[] = [];
  for (let index = 0; index < sizes.learners; index += 1) {
    const name = `Learner ${SURNAMES[(index + 3) % SURNAMES.length]}`;
    const id = await insertPerson(handle, 'learner', name, null);
    const assessorIndex = index % sizes.assessors;
    const enrolmentId = randomUUID();
    await handle.db.insert(enrolment).values({ id: enrolmentId, learnerId: id, courseId: COURSE_ID, courseVersion: courseVersion(), assessorId: assessors[assessorIndex]?.actor.id ?? null });
    await givePracticalEvidence(handle, id);
    learners.push({ id, name, enrolmentId, assessorIndex });
  }
  return { handle, deps, content, admin, assessors, moderators, learners, sealed: new Map(), checked: new Map() };
}

/** Starts the learner's next attempt, answers every item with full marks in one transaction, and submits it. */
export async function submitFullAttempt(world: ChainWorld, learner: WorldLearner): Promise<string> {
  const { db } = world.handle;
  const id = await startAttempt(db, learner.id, world.content, { lessonSlugs: [] });
  const items = await db.select({ itemKey: submissionItem.itemKey }).from(submissionItem).where(eq(submissionItem.submissionId, id));
  const answers = items.map((item) => {
    const question = findItem(world.content, item.itemKey);
    if (!question) throw new Error(`missing ${item.itemKey}`);
    return sql`(${item.itemKey}, ${JSON.stringify(modelResponse(question))})`;
  });
  await db.execute(
    sql`update submission_item set response = answer.response::jsonb, updated_at = now() from (values ${sql.join(answers, sql`, `)}) as answer(item_key, response) where submission_item.submission_id = ${id} and submission_item.item_key = answer.item_key`,
  );
  await submitAttempt(db, learner.id, world.content, id, learner.name);
  return id;
}
