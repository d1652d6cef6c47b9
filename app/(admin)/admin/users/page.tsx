import type { Metadata } from 'next';
import { CreateUserForm } from '@/app/(admin)/admin/users/user-forms';
import { UsersTable } from '@/app/(admin)/admin/users/users-table';
import { PageLinks, pageFromQuery } from '@/components/ui/page-links';
import { requirePermission } from '@/lib/auth/require-permission';
import { listAssessors } from '@/lib/cohorts/learner-list';
import { getDb } from '@/lib/db/client';
import { ROLES, type Role } from '@/lib/db/schema/people';
import { ROLE_OPTIONS } from '@/lib/users/role-options';
import { listUsers, USER_PAGE_SIZE } from '@/lib/users/user-list';

export const metadata: Metadata = { title: 'Users' };

const fieldClass = 'min-h-11 rounded-md border border-slate-400 bg-white px-2 py-1';

/** A role from the address, or every role for anything else. */
const roleFilter = (value: unknown): Role | undefined => (ROLES as readonly unknown[]).includes(value) ? (value as Role) : undefined;

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('users:manage', null, '/admin/users');
  const query = await searchParams;
  const search = typeof query.q === 'string' ? query.q.trim().slice(0, 100) : '';
  const role = roleFilter(query.role);
  const page = pageFromQuery(query.page);
  const db = await getDb();
  const [{ rows, total }, assessors] = await Promise.all([listUsers(db, { search: search || undefined, role }, page), listAssessors(db)]);
  const pages = Math.max(1, Math.ceil(total / USER_PAGE_SIZE));
  const hrefFor = (to: number) => `/admin/users?${new URLSearchParams({ ...(search ? { q: search } : {}), ...(role ? { role } : {}), page: String(to) })}`;
  return (
    <div className="space-y-10">
      <header>
        <h1 className="text-3xl font-bold">Users</h1>
        <p className="mt-3 text-slate-700">Create accounts, set each person&apos;s role, assign every learner to an assessor, and make a link for anyone who needs to set a new password.</p>
      </header>
      <section aria-labelledby="create-heading" className="max-w-lg">
        <h2 id="create-heading" className="text-xl font-bold">
          Create a user
        </h2>
        <div className="mt-3">
          <CreateUserForm />
        </div>
      </section>
      <section aria-labelledby="people-heading" className="space-y-4">
        <h2 id="people-heading" className="text-xl font-bold">
          People
        </h2>
        <form method="get" className="flex flex-wrap items-end gap-4" aria-label="Find people">
          <div className="space-y-1">
            <label htmlFor="users-search" className="block font-semibold">
              Name or e-mail
            </label>
            <input id="users-search" name="q" type="search" defaultValue={search} maxLength={100} className={`${fieldClass} w-64`} />
          </div>
          <div className="space-y-1">
            <label htmlFor="users-role" className="block font-semibold">
              Role
            </label>
            <select id="users-role" name="role" defaultValue={role ?? ''} className={fieldClass}>
              <option value="">Every role</option>
              {ROLE_OPTIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="min-h-11 rounded-md border border-brand-700 px-4 font-semibold text-brand-800">
            Find
          </button>
        </form>
        <p role="status">
          {total} {total === 1 ? 'person' : 'people'}
          {total > USER_PAGE_SIZE ? `; page ${page + 1} of ${pages}` : ''}.
        </p>
        {rows.length > 0 ? <UsersTable users={rows} assessors={assessors} /> : null}
        <PageLinks label="Pages of people" page={page} pages={pages} hrefFor={hrefFor} />
      </section>
    </div>
  );
}
