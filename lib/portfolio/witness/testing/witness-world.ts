import { randomUUID } from 'node:crypto';
import { COURSE_ID, courseVersion } from '@/lib/content/course-version';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { enrolment, profile, user } from '@/lib/db/schema';

export type WorldLearner = { actor: { id: string; role: 'learner' }; name: string; enrolmentId: string };

/** The learners of one generated sequence, fresh so sequences never see each other's links or entries. */
export type WitnessWorld = { handle: DatabaseHandle; learners: WorldLearner[] };

const NAMES = ['Sipho Dlamini', 'Lerato Naidoo', 'Anke van Wyk'];

/** A learner straight into the tables (no password: nothing here signs in), enrolled on the course. */
async function insertLearner(handle: DatabaseHandle, name: string): Promise<WorldLearner> {
  const id = randomUUID();
  const now = new Date();
  await handle.db.insert(user).values({ id, name, email: `${id}@witness-model.example.co.za`, emailVerified: false, createdAt: now, updatedAt: now });
  await handle.db.insert(profile).values({ userId: id, role: 'learner', fullName: name, identityKind: 'sa-id', idNumber: '8001015009087' });
  const enrolmentId = randomUUID();
  await handle.db.insert(enrolment).values({ id: enrolmentId, learnerId: id, courseId: COURSE_ID, courseVersion: courseVersion() });
  return { actor: { id, role: 'learner' }, name, enrolmentId };
}

export async function createWorld(handle: DatabaseHandle, learners: number): Promise<WitnessWorld> {
  const people: WorldLearner[] = [];
  for (let index = 0; index < learners; index += 1) people.push(await insertLearner(handle, NAMES[index % NAMES.length] ?? 'Learner'));
  return { handle, learners: people };
}

export function learnerOf(world: WitnessWorld, index: number): WorldLearner {
  const learner = world.learners[index];
  if (!learner) throw new Error(`no learner ${index}`);
  return learner;
}
