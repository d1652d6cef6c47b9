import type { Role } from '@/lib/db/schema/people';

/**
 * Who may do what (ARCHITECTURE.md §5). The server enforces these; the interface uses the same
 * strings only to hide controls a person cannot use.
 */
export const PERMISSIONS = [
  'lesson:read',
  'assessment:submit',
  'record:read',
  'submission:read',
  'assessment:sign',
  'batch:moderate',
  'users:manage',
  'settings:manage',
  'audit:read',
  'recording:keep',
  'recording:note',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/**
 * How the acting person stands to the learner whose data is involved. Worked out from stored rows
 * (`relationship.ts`), never taken from the request.
 */
export type Relationship = 'self' | 'assigned-assessor' | 'batch-moderator' | 'none';

export type Actor = { id: string; role: Role };

export type PermissionContext = {
  relationship: Relationship;
  /** The acting person assessed the record in question: a moderator may not moderate it. */
  assessedByActor?: boolean;
};

export function can(actor: Actor | null, permission: Permission, context: PermissionContext = { relationship: 'none' }): boolean {
  if (permission === 'lesson:read') return true;
  if (!actor) return false;
  const { role } = actor;
  const { relationship } = context;
  switch (permission) {
    case 'assessment:submit':
      return role === 'learner' && relationship === 'self';
    case 'record:read':
    case 'submission:read':
      if (role === 'admin') return true;
      if (role === 'learner') return relationship === 'self';
      if (role === 'assessor') return relationship === 'assigned-assessor';
      return role === 'moderator' && relationship === 'batch-moderator';
    case 'assessment:sign':
      return role === 'assessor' && relationship === 'assigned-assessor';
    case 'batch:moderate':
      return role === 'moderator' && relationship === 'batch-moderator' && context.assessedByActor !== true;
    case 'users:manage':
    case 'settings:manage':
      return role === 'admin';
    case 'audit:read':
      if (role === 'admin') return true;
      if (role === 'learner') return relationship === 'self';
      if (role === 'assessor') return relationship === 'assigned-assessor';
      return role === 'moderator' && relationship === 'batch-moderator';
    // Keeping or withdrawing a role-play recording in one's own portfolio.
    case 'recording:keep':
      return role === 'learner' && relationship === 'self';
    // Time-stamped notes on a recording are the assessor's feedback or the moderator's check.
    case 'recording:note':
      if (role === 'assessor') return relationship === 'assigned-assessor';
      return role === 'moderator' && relationship === 'batch-moderator';
  }
}
