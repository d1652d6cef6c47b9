import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { getAssessmentContent } from '@/lib/assessment/assessment-content';
import { startAttempt } from '@/lib/assessment/start-attempt';
import { FIXTURE_LESSONS, finishLessons, PASSWORD } from '@/lib/assessment/testing/fixtures';
import type { Auth } from '@/lib/auth/create-auth';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { enrolment, evidence, submissionItem, user } from '@/lib/db/schema';
import { batchModerator, rolePlayWorld, signedCompetent } from '@/lib/portfolio/role-play/testing/role-play-world';
import { logbookEntryFor } from '@/lib/portfolio/witness/testing/witness-fixtures';
import { issueWitnessInvitation } from '@/lib/portfolio/witness/issue-invitation';
import { INVITATION } from '@/lib/portfolio/witness/testing/witness-fixtures';

export type FuzzRole = 'learner' | 'assessor' | 'moderator' | 'admin' | 'signed-out';
export const FUZZ_ROLES: FuzzRole[] = ['learner', 'assessor', 'moderator', 'admin', 'signed-out'];

export type FuzzWorld = {
  /** The session cookie each role sends (empty when signed out). */
  cookies: Record<FuzzRole, string>;
  /** Ids that exist: the payloads use them, so wrong-owner and right-owner ids are both tried. */
  ids: string[];
};

async function sessionCookie(auth: Auth, handle: DatabaseHandle, userId: string): Promise<string> {
  const [row] = await handle.db.select({ email: user.email }).from(user).where(eq(user.id, userId));
  if (!row) throw new Error('no such user');
  const response = await auth.api.signInEmail({ body: { email: row.email, password: PASSWORD }, asResponse: true });
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0] ?? '');
  if (cookies.length === 0) throw new Error(`sign-in gave no cookie (${response.status})`);
  return cookies.join('; ');
}

/**
 * A provider with a signed record in a moderator's batch, a learner with a draft attempt (the one
 * the suite signs in as),
 * logbook entries and a witness invitation: every endpoint has something real to be wrong about.
 */
export async function createFuzzWorld(handle: DatabaseHandle, auth: Auth): Promise<FuzzWorld> {
  const content = await getAssessmentContent();
  const world = await rolePlayWorld(handle);
  const signed = await signedCompetent(handle, content, world);
  const moderator = await batchModerator(handle, world);
  await finishLessons(handle, world.otherLearner.id);
  const draft = await startAttempt(handle.db, world.otherLearner.id, content, { lessonSlugs: FIXTURE_LESSONS });
  const enrolments = await handle.db.select({ id: enrolment.id, learnerId: enrolment.learnerId }).from(enrolment);
  const own = enrolments.find((row) => row.learnerId === world.learner.id);
  const other = enrolments.find((row) => row.learnerId === world.otherLearner.id);
  if (!own || !other) throw new Error('learners are not enrolled');
  const ownEntry = await logbookEntryFor(handle, { actor: world.learner, enrolmentId: own.id }, 'INC-1001');
  const otherEntry = await logbookEntryFor(handle, { actor: world.otherLearner, enrolmentId: other.id }, 'INC-2002');
  const invitation = await issueWitnessInvitation(handle.db, world.learner, { ...INVITATION, entryIds: [ownEntry] });
  const pieces = await handle.db.select({ id: evidence.id }).from(evidence);
  const items = await handle.db.select({ itemKey: submissionItem.itemKey }).from(submissionItem).where(eq(submissionItem.submissionId, draft));
  const ids = [
    world.learner.id,
    world.otherLearner.id,
    world.assessor.id,
    world.otherAssessor.id,
    world.admin.id,
    moderator.id,
    signed,
    draft,
    own.id,
    other.id,
    ownEntry,
    otherEntry,
    ...pieces.map((piece) => piece.id),
    ...Object.values(invitation).filter((value): value is string => typeof value === 'string'),
    ...items.map((item) => item.itemKey),
    randomUUID(),
    'learner',
    'admin',
    'phone',
    'in-person',
  ];
  const cookies: Record<FuzzRole, string> = {
    // The learner with a draft attempt, so answers, uploads and submitting reach the database.
    learner: await sessionCookie(auth, handle, world.otherLearner.id),
    assessor: await sessionCookie(auth, handle, world.assessor.id),
    moderator: await sessionCookie(auth, handle, moderator.id),
    admin: await sessionCookie(auth, handle, world.admin.id),
    'signed-out': '',
  };
  return { cookies, ids };
}
