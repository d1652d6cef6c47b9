import { afterAll, beforeAll, expect, test } from 'vitest';
import { can, PERMISSIONS, type Permission } from '@/lib/auth/permissions';
import { relationshipTo } from '@/lib/auth/relationship';
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

/** For each acting person: the learners whose data each permission reaches, from stored assignments. */
const EXPECTED: Record<string, Partial<Record<Permission, string[]>>> = {
  learner: { 'assessment:submit': ['learner'], 'record:read': ['learner'], 'submission:read': ['learner'], 'audit:read': ['learner'], 'recording:keep': ['learner'] },
  assessor: { 'record:read': ['learner'], 'submission:read': ['learner'], 'assessment:sign': ['learner'], 'audit:read': ['learner'], 'recording:note': ['learner'] },
  otherAssessor: {
    'record:read': ['otherLearner'],
    'submission:read': ['otherLearner'],
    'assessment:sign': ['otherLearner'],
    'audit:read': ['otherLearner'],
    'recording:note': ['otherLearner'],
  },
  moderator: {},
  admin: {
    'record:read': ['learner', 'otherLearner'],
    'submission:read': ['learner', 'otherLearner'],
    'users:manage': ['learner', 'otherLearner'],
    'settings:manage': ['learner', 'otherLearner'],
    'audit:read': ['learner', 'otherLearner'],
  },
};

for (const kind of TEST_DATABASE_KINDS) {
  for (const [actorKey, role] of [['learner', 'learner'], ['assessor', 'assessor'], ['otherAssessor', 'assessor'], ['moderator', 'moderator'], ['admin', 'admin']] as const) {
    test(`${kind}: the ${actorKey} reaches exactly the learners the matrix allows, for every action`, async () => {
      const world = worlds.get(kind);
      if (!world) throw new Error('no database');
      const actor = { id: world.ids[actorKey] ?? '', role };
      for (const permission of PERMISSIONS) {
        const reached: string[] = [];
        for (const learnerKey of ['learner', 'otherLearner']) {
          const relationship = await relationshipTo(world.handle.db, actor, world.ids[learnerKey] ?? '');
          if (can(actor, permission, { relationship })) reached.push(learnerKey);
        }
        const expected = permission === 'lesson:read' ? ['learner', 'otherLearner'] : (EXPECTED[actorKey]?.[permission] ?? []);
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
