import { expect, test } from 'vitest';
import { can, PERMISSIONS, type Permission, type PolicyActor, type Relationship } from '@/lib/auth/permissions';
import { ROLES } from '@/lib/db/schema/people';

const RELATIONSHIPS: Relationship[] = ['self', 'assigned-assessor', 'batch-moderator', 'witness', 'none'];
const ANY_USER: Relationship[] = ['self', 'assigned-assessor', 'batch-moderator', 'none'];

type ActorKind = (typeof ROLES)[number] | 'witness' | 'anonymous';

/** ARCHITECTURE.md §5 written out: for each actor, the relationships under which each permission holds. */
const ALLOWED: Record<ActorKind, Record<Permission, Relationship[]>> = {
  learner: {
    'course:learn': ['self'],
    'assessment:submit': ['self'],
    'portfolio:keep': ['self'],
    'logbook:keep': ['self'],
    'witness-invitation:issue': ['self'],
    'recording:keep': ['self'],
    'identity:keep': ['self'],
    'personal-data:export': ['self'],
    'account:manage': ['self'],
    'progress:sync': ['self'],
    'role-play:read': ANY_USER,
    'record:read': ['self'],
    'submission:read': ['self'],
    'evidence:read': ['self'],
    'audit:read': ['self'],
    'registration-number:keep': [],
    'assessment:queue': [],
    'assessment:sign': [],
    'observation:record': [],
    'interview:record': [],
    'recording:note': [],
    'batch:create': [],
    'batch:assign': [],
    'batch:read': [],
    'batch:moderate': [],
    'users:manage': [],
    'settings:manage': [],
    'jobs:manage': [],
    'witness:testify': [],
  },
  assessor: {
    'course:learn': [],
    'assessment:submit': [],
    'portfolio:keep': [],
    'logbook:keep': [],
    'witness-invitation:issue': [],
    'recording:keep': [],
    'identity:keep': [],
    'personal-data:export': [],
    'account:manage': ['self'],
    'progress:sync': ['self'],
    'role-play:read': ANY_USER,
    'record:read': ['assigned-assessor'],
    'submission:read': ['assigned-assessor'],
    'evidence:read': ['assigned-assessor'],
    'audit:read': ['assigned-assessor'],
    'registration-number:keep': ['self'],
    'assessment:queue': ANY_USER,
    'assessment:sign': ['assigned-assessor'],
    'observation:record': ['assigned-assessor'],
    'interview:record': ['assigned-assessor'],
    'recording:note': ['assigned-assessor'],
    'batch:create': [],
    'batch:assign': [],
    'batch:read': [],
    'batch:moderate': [],
    'users:manage': [],
    'settings:manage': [],
    'jobs:manage': [],
    'witness:testify': [],
  },
  moderator: {
    'course:learn': [],
    'assessment:submit': [],
    'portfolio:keep': [],
    'logbook:keep': [],
    'witness-invitation:issue': [],
    'recording:keep': [],
    'identity:keep': [],
    'personal-data:export': [],
    'account:manage': ['self'],
    'progress:sync': ['self'],
    'role-play:read': ANY_USER,
    'record:read': ['batch-moderator'],
    'submission:read': ['batch-moderator'],
    'evidence:read': ['batch-moderator'],
    'audit:read': ['batch-moderator'],
    'registration-number:keep': ['self'],
    'assessment:queue': [],
    'assessment:sign': [],
    'observation:record': [],
    'interview:record': [],
    'recording:note': ['batch-moderator'],
    'batch:create': ANY_USER,
    'batch:assign': [],
    'batch:read': ['batch-moderator'],
    'batch:moderate': ['batch-moderator'],
    'users:manage': [],
    'settings:manage': [],
    'jobs:manage': [],
    'witness:testify': [],
  },
  admin: {
    'course:learn': [],
    'assessment:submit': [],
    'portfolio:keep': [],
    'logbook:keep': [],
    'witness-invitation:issue': [],
    'recording:keep': [],
    'identity:keep': [],
    'personal-data:export': ANY_USER,
    'account:manage': ['self'],
    'progress:sync': ['self'],
    'role-play:read': ANY_USER,
    'record:read': ANY_USER,
    'submission:read': ANY_USER,
    'evidence:read': ANY_USER,
    'audit:read': ANY_USER,
    'registration-number:keep': [],
    'assessment:queue': [],
    'assessment:sign': [],
    'observation:record': [],
    'interview:record': [],
    'recording:note': [],
    'batch:create': ANY_USER,
    'batch:assign': ANY_USER,
    'batch:read': ANY_USER,
    'batch:moderate': [],
    'users:manage': ANY_USER,
    'settings:manage': ANY_USER,
    'jobs:manage': ANY_USER,
    'witness:testify': [],
  },
  witness: {
    'course:learn': [],
    'assessment:submit': [],
    'portfolio:keep': [],
    'logbook:keep': [],
    'witness-invitation:issue': [],
    'recording:keep': [],
    'identity:keep': [],
    'personal-data:export': [],
    'account:manage': [],
    'progress:sync': [],
    'role-play:read': [],
    'record:read': [],
    'submission:read': [],
    'evidence:read': [],
    'audit:read': [],
    'registration-number:keep': [],
    'assessment:queue': [],
    'assessment:sign': [],
    'observation:record': [],
    'interview:record': [],
    'recording:note': [],
    'batch:create': [],
    'batch:assign': [],
    'batch:read': [],
    'batch:moderate': [],
    'users:manage': [],
    'settings:manage': [],
    'jobs:manage': [],
    'witness:testify': ['witness'],
  },
  anonymous: {
    'course:learn': [],
    'assessment:submit': [],
    'portfolio:keep': [],
    'logbook:keep': [],
    'witness-invitation:issue': [],
    'recording:keep': [],
    'identity:keep': [],
    'personal-data:export': [],
    'account:manage': [],
    'progress:sync': [],
    'role-play:read': [],
    'record:read': [],
    'submission:read': [],
    'evidence:read': [],
    'audit:read': [],
    'registration-number:keep': [],
    'assessment:queue': [],
    'assessment:sign': [],
    'observation:record': [],
    'interview:record': [],
    'recording:note': [],
    'batch:create': [],
    'batch:assign': [],
    'batch:read': [],
    'batch:moderate': [],
    'users:manage': [],
    'settings:manage': [],
    'jobs:manage': [],
    'witness:testify': [],
  },
};

function actorOf(kind: ActorKind): PolicyActor {
  if (kind === 'witness') return { kind: 'witness', invitationId: 'invitation' };
  if (kind === 'anonymous') return { kind: 'anonymous' };
  return { kind: 'user', id: 'actor', role: kind };
}

for (const kind of [...ROLES, 'witness', 'anonymous'] as const) {
  for (const permission of PERMISSIONS) {
    test(`${kind} ${permission}: allowed only when ${ALLOWED[kind][permission].join(', ') || 'never'}`, () => {
      for (const relationship of RELATIONSHIPS) {
        expect(can(actorOf(kind), permission, { relationship }), relationship).toBe(ALLOWED[kind][permission].includes(relationship));
      }
    });
  }
}

test('a signed-in person passed as the lib operations know them gets the same answers as a policy actor', () => {
  for (const role of ROLES) {
    for (const permission of PERMISSIONS) {
      for (const relationship of RELATIONSHIPS) {
        expect(can({ id: 'actor', role }, permission, { relationship }), `${role} ${permission} ${relationship}`).toBe(ALLOWED[role][permission].includes(relationship));
      }
    }
  }
});

test('a moderator may never moderate a record they assessed themselves', () => {
  const moderator = { id: 'm', role: 'moderator' as const };
  expect(can(moderator, 'batch:moderate', { relationship: 'batch-moderator' })).toBe(true);
  expect(can(moderator, 'batch:moderate', { relationship: 'batch-moderator', assessedByActor: true })).toBe(false);
  // Reading the batch is still theirs: the bar is on judging that one record.
  expect(can(moderator, 'batch:read', { relationship: 'batch-moderator', assessedByActor: true })).toBe(true);
});

test('nobody signed in may do anything through the policy: lessons are public pages that never ask it', () => {
  for (const permission of PERMISSIONS) expect(can(null, permission, { relationship: 'self' }), permission).toBe(false);
});
