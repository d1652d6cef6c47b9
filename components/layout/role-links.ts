import type { Role } from '@/lib/db/schema/people';

/** The header's links for each role, on app pages and on prerendered lessons alike. */
export const ROLE_LINKS: Record<Role, { href: string; label: string }[]> = {
  learner: [
    { href: '/learn', label: 'My learning' },
    { href: '/assessment', label: 'Assessment' },
    { href: '/portfolio', label: 'Portfolio' },
    { href: '/record', label: 'My record' },
  ],
  assessor: [{ href: '/assess', label: 'My queue' }],
  moderator: [{ href: '/moderate', label: 'Moderation' }],
  admin: [
    { href: '/admin/users', label: 'Users' },
    { href: '/admin/learners', label: 'Learners' },
    { href: '/admin/cohorts', label: 'Cohorts' },
    { href: '/admin/import', label: 'Import' },
    { href: '/admin/exports', label: 'Exports' },
    { href: '/admin/settings', label: 'Settings' },
    { href: '/admin/audit', label: 'Audit trail' },
    { href: '/admin/jobs', label: 'Jobs' },
    { href: '/moderate', label: 'Moderation' },
  ],
};
