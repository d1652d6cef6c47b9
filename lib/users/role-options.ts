import type { Role } from '@/lib/db/schema/people';

/** Each role as an administrator reads it, in the order they are offered. */
export const ROLE_OPTIONS: { value: Role; label: string }[] = [
  { value: 'learner', label: 'Learner' },
  { value: 'assessor', label: 'Assessor' },
  { value: 'moderator', label: 'Moderator' },
  { value: 'admin', label: 'Administrator' },
];
