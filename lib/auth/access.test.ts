import { afterAll, beforeAll, expect, test } from 'vitest';
import { authorize } from '@/lib/auth/authorize';
import { PERMISSIONS, type Permission } from '@/lib/auth/permissions';
import type { DatabaseHandle } from '@/lib/db/open-database';
import type { Role } from '@/lib/db/schema/people';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { createAccount } from '@/lib/users/create-account';
import { assignAssessor, UserRuleError } from '@/lib/users/manage-users';

type World = { ids: Record<string, string>; handle: DatabaseHandle };
const worlds = new Map<string, World>();

async function person(handle: DatabaseHandle, key: string, role: Role) {
  return createAccount(handle.db, { email: `${key}@example.co.za`, password: 'a-long-password', fullName: key, role }, null, 'user.created');
}

beforeAll(async () => {
  for (const kind of TEST_DATABASE_KINDS) {
    const handle = await openTestDatabase(kind);
    const ids: Record<string, string> = {};
    for (const [key, role] of [['learner', 'learner'], ['otherLearner', 'learner'], ['assessor', 'assessor'], ['otherAssessor', 'assessor'], ['moderator', 'moderator'], ['admin', 'admin']] as const) {
      ids[key] = await person(handle, key, role);
    }
    const admin = { id: ids.admin ?? '', role: 'admin' as const };
    await assignAssessor(handle.db, admin, ids.learner ?? '', ids.assessor ?? '');
    await assignAssessor(handle.db, admin, ids.otherLearner ?? '', ids.otherAssessor ?? '');
    worlds.set(kind, { ids, handle });
  }
});
afterAll(async () => {
  for (const world of worlds.values()) await world.handle.close();
});

const BOTH = ['learner', 'otherLearner'];
const READS = ['record:read', 'submission:read', 'evidence:read', 'audit:read'] as const;
const OWN = ['course:learn', 'assessment:submit', 'portfolio:keep', 'logbook:keep', 'witness-invitation:issue', 'recording:keep', 'identity:keep', 'account:manage', 'progress:sync'] as const;
const ASSESSES = ['assessment:sign', 'observation:record', 'interview:record', 'recording:note'] as const;

function reaching(permissions: readonly Permission[], learners: string[]): Partial<Record<Permission, string[]>> {
  return Object.fromEntries(permissions.map((permission) => [permission, learners]));
}

/** For each acting person: the learners whose data each permission reaches through `authorize`, from stored assignments. */
const EXPECTED: Record<string, Partial<Record<Permission, string[]>>> = {
  learner: { ...reaching([...OWN, ...READS, 'personal-data:export'], ['learner']), 'role-play:read': BOTH },
  assessor: { ...reaching([...READS, ...ASSESSES], ['learner']), 'assessment:queue': BOTH, 'role-play:read': BOTH },
  otherAssessor: { ...reaching([...READS, ...ASSESSES], ['otherLearner']), 'assessment:queue': BOTH, 'role-play:read': BOTH },
  moderator: { 'batch:create': BOTH, 'role-play:read': BOTH },
  admin: reaching([...READS, 'personal-data:export', 'batch:create', 'batch:assign', 'batch:read', 'users:manage', 'settings:manage', 'jobs:manage', 'role-play:read'], BOTH),
};

for (const kind of TEST_DATABASE_KINDS) {
  for (const [actorKey, role] of [['learner', 'learner'], ['assessor', 'assessor'], ['otherAssessor', 'assessor'], ['moderator', 'moderator'], ['admin', 'admin']] as const) {
    test(`${kind}: the ${actorKey} reaches exactly the learners the matrix allows, for every action`, async () => {
      const world = worlds.get(kind);
      if (!world) throw new Error('no database');
      const actor = { kind: 'user' as const, id: world.ids[actorKey] ?? '', role };
      for (const permission of PERMISSIONS) {
        const reached: string[] = [];
        for (const learnerKey of ['learner', 'otherLearner']) {
          const decision = await authorize(world.handle.db, actor, permission, { learnerId: world.ids[learnerKey] ?? '' });
          if (decision.allowed) reached.push(learnerKey);
        }
        const expected = EXPECTED[actorKey]?.[permission] ?? [];
        expect(reached, `${actorKey} ${permission}`).toEqual(expected);
      }
    });
  }

  test(`${kind}: nobody can be assigned to assess their own work, and only an assessor can be assigned`, async () => {
    const world = worlds.get(kind);
    if (!world) throw new Error('no database');
    const admin = { id: world.ids.admin ?? '', role: 'admin' as const };
    await expect(assignAssessor(world.handle.db, admin, world.ids.learner ?? '', world.ids.learner ?? '')).rejects.toThrow(UserRuleError);
    await expect(assignAssessor(world.handle.db, admin, world.ids.learner ?? '', world.ids.moderator ?? '')).rejects.toThrow('Choose a user whose role is assessor.');
  });
}
