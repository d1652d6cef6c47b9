import { expect, test } from 'vitest';
import { can, PERMISSIONS, type Permission, type Relationship } from '@/lib/auth/permissions';
import { ROLES, type Role } from '@/lib/db/schema/people';

const RELATIONSHIPS: Relationship[] = ['self', 'assigned-assessor', 'batch-moderator', 'none'];

/** ARCHITECTURE.md §5 written out: the relationships under which each role may act. */
const ALLOWED: Record<Role, Record<Permission, Relationship[]>> = {
  learner: {
    'lesson:read': RELATIONSHIPS,
    'assessment:submit': ['self'],
    'record:read': ['self'],
    'submission:read': ['self'],
    'assessment:sign': [],
    'batch:moderate': [],
    'users:manage': [],
    'settings:manage': [],
    'audit:read': ['self'],
    'recording:keep': ['self'],
    'recording:note': [],
  },
  assessor: {
    'lesson:read': RELATIONSHIPS,
    'assessment:submit': [],
    'record:read': ['assigned-assessor'],
    'submission:read': ['assigned-assessor'],
    'assessment:sign': ['assigned-assessor'],
    'batch:moderate': [],
    'users:manage': [],
    'settings:manage': [],
    'audit:read': ['assigned-assessor'],
    'recording:keep': [],
    'recording:note': ['assigned-assessor'],
  },
  moderator: {
    'lesson:read': RELATIONSHIPS,
    'assessment:submit': [],
    'record:read': ['batch-moderator'],
    'submission:read': ['batch-moderator'],
    'assessment:sign': [],
    'batch:moderate': ['batch-moderator'],
    'users:manage': [],
    'settings:manage': [],
    'audit:read': ['batch-moderator'],
    'recording:keep': [],
    'recording:note': ['batch-moderator'],
  },
  admin: {
    'lesson:read': RELATIONSHIPS,
    'assessment:submit': [],
    'record:read': RELATIONSHIPS,
    'submission:read': RELATIONSHIPS,
    'assessment:sign': [],
    'batch:moderate': [],
    'users:manage': RELATIONSHIPS,
    'settings:manage': RELATIONSHIPS,
    'audit:read': RELATIONSHIPS,
    'recording:keep': [],
    'recording:note': [],
  },
};

for (const role of ROLES) {
  for (const permission of PERMISSIONS) {
    test(`${role} ${permission}: allowed only when ${ALLOWED[role][permission].join(', ') || 'never'}`, () => {
      const actor = { id: 'actor', role };
      for (const relationship of RELATIONSHIPS) {
        expect(can(actor, permission, { relationship }), relationship).toBe(ALLOWED[role][permission].includes(relationship));
      }
    });
  }
}

test('a moderator may never moderate a record they assessed themselves', () => {
  const moderator = { id: 'm', role: 'moderator' as const };
  expect(can(moderator, 'batch:moderate', { relationship: 'batch-moderator' })).toBe(true);
  expect(can(moderator, 'batch:moderate', { relationship: 'batch-moderator', assessedByActor: true })).toBe(false);
});

test('a visitor who is not signed in may read lessons and nothing else', () => {
  for (const permission of PERMISSIONS) expect(can(null, permission), permission).toBe(permission === 'lesson:read');
});
