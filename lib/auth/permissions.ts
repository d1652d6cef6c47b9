import type { Role } from '@/lib/db/schema/people';

/**
 * Who may do what (ARCHITECTURE.md §5). The server enforces these through `authorize`; the
 * interface uses the same strings only to hide controls a person cannot use.
 */
export const PERMISSIONS = [
  // A learner's own workspace.
  'course:learn',
  'assessment:submit',
  'portfolio:keep',
  'logbook:keep',
  'witness-invitation:issue',
  'recording:keep',
  'identity:keep',
  // A learner's own copy of everything held about them (POPIA); an admin makes it on their behalf.
  'personal-data:export',
  // Anyone signed in, about themselves.
  'account:manage',
  'progress:sync',
  'role-play:read',
  // Reading a learner's work, by how the reader stands to the learner.
  'record:read',
  'submission:read',
  'evidence:read',
  'audit:read',
  // The assessor's and the moderator's work.
  'registration-number:keep',
  'assessment:queue',
  'assessment:sign',
  'observation:record',
  'interview:record',
  'recording:note',
  'batch:create',
  'batch:assign',
  'batch:read',
  'batch:moderate',
  // Administration.
  'users:manage',
  'settings:manage',
  // The background jobs and the mail outbox.
  'jobs:manage',
  // A workplace witness holding a link, with no account.
  'witness:testify',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/**
 * How the acting person stands to what is acted on. Worked out from stored rows (`authorize.ts`),
 * never taken from the request. `witness`: a witness whose link opens this very invitation.
 */
export type Relationship = 'self' | 'assigned-assessor' | 'batch-moderator' | 'witness' | 'none';

/** A signed-in person, as the lib operations know them. */
export type Actor = { id: string; role: Role };

/** Whoever acts: a signed-in person, a witness resolved from a valid link, or nobody. */
export type PolicyActor = ({ kind: 'user' } & Actor) | { kind: 'witness'; invitationId: string } | { kind: 'anonymous' };

export type PermissionContext = {
  relationship: Relationship;
  /** The acting person assessed the record in question: a moderator may not moderate it. */
  assessedByActor?: boolean;
};

const READERS: Record<Role, Relationship[] | 'any'> = {
  learner: ['self'],
  assessor: ['assigned-assessor'],
  moderator: ['batch-moderator'],
  admin: 'any',
};

function reads(role: Role, relationship: Relationship): boolean {
  const allowed = READERS[role];
  return allowed === 'any' || allowed.includes(relationship);
}

function userMay(role: Role, permission: Permission, context: PermissionContext): boolean {
  const { relationship } = context;
  switch (permission) {
    case 'course:learn':
    case 'assessment:submit':
    case 'portfolio:keep':
    case 'logbook:keep':
    case 'witness-invitation:issue':
    case 'recording:keep':
    case 'identity:keep':
      return role === 'learner' && relationship === 'self';
    case 'account:manage':
    case 'progress:sync':
      return relationship === 'self';
    case 'personal-data:export':
      return role === 'admin' || (role === 'learner' && relationship === 'self');
    // The customer's half of a role-play script: anyone may play the customer for a learner.
    case 'role-play:read':
      return true;
    case 'record:read':
    case 'submission:read':
    case 'evidence:read':
    case 'audit:read':
      return reads(role, relationship);
    // Only those who sign records keep a registration number.
    case 'registration-number:keep':
      return (role === 'assessor' || role === 'moderator') && relationship === 'self';
    case 'assessment:queue':
      return role === 'assessor';
    case 'assessment:sign':
    case 'observation:record':
    case 'interview:record':
      return role === 'assessor' && relationship === 'assigned-assessor';
    // Time-stamped notes on a recording are the assessor's feedback or the moderator's check.
    case 'recording:note':
      if (role === 'assessor') return relationship === 'assigned-assessor';
      return role === 'moderator' && relationship === 'batch-moderator';
    case 'batch:create':
      return role === 'moderator' || role === 'admin';
    // Choosing another person as a batch's moderator; a moderator's batches are their own.
    case 'batch:assign':
      return role === 'admin';
    case 'batch:read':
      return role === 'admin' || (role === 'moderator' && relationship === 'batch-moderator');
    case 'batch:moderate':
      return role === 'moderator' && relationship === 'batch-moderator' && context.assessedByActor !== true;
    case 'users:manage':
    case 'settings:manage':
    case 'jobs:manage':
      return role === 'admin';
    case 'witness:testify':
      return false;
  }
}

function normalise(actor: Actor | PolicyActor | null): PolicyActor {
  if (!actor) return { kind: 'anonymous' };
  return 'kind' in actor ? actor : { kind: 'user', ...actor };
}

/** The decision table itself: pure, fed with facts already worked out from stored rows. */
export function can(actor: Actor | PolicyActor | null, permission: Permission, context: PermissionContext = { relationship: 'none' }): boolean {
  const who = normalise(actor);
  if (who.kind === 'anonymous') return false;
  if (who.kind === 'witness') return permission === 'witness:testify' && context.relationship === 'witness';
  // A signed-in person never holds a witness link's standing.
  if (context.relationship === 'witness') return false;
  return userMay(who.role, permission, context);
}
