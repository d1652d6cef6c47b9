import type { Metadata } from 'next';
import { AppLink as Link } from '@/components/ui/app-link';
import { ResetLinkForm } from '@/app/(admin)/admin/users/reset-link-form';
import { AssessorForm, CreateUserForm, RoleForm } from '@/app/(admin)/admin/users/user-forms';
import { can } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { listUsers } from '@/lib/users/manage-users';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  await requirePermission('users:manage', null, '/admin/users');
  const users = await listUsers(await getDb());
  const assessors = users.filter((u) => u.role === 'assessor').map((u) => ({ id: u.id, name: u.fullName }));
  return (
    <div className="space-y-10">
      <header>
        <h1 className="text-3xl font-bold">Users</h1>
        <p className="mt-3 text-slate-700">Create accounts, set each person&apos;s role, assign every learner to an assessor, and make a link for anyone who needs to set a new password.</p>
      </header>
      <section aria-labelledby="people-heading">
        <h2 id="people-heading" className="text-xl font-bold">
          People ({users.length})
        </h2>
        <div className="mt-3 relative overflow-x-auto">
          <table className="w-full min-w-[52rem] border-collapse text-left">
            <caption className="sr-only">Every user with their role, for learners their assessor, and a button to make a password reset link</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-4">Name</th>
                <th scope="col" className="py-2 pr-4">Role</th>
                <th scope="col" className="py-2 pr-4">Assessor</th>
                <th scope="col" className="py-2">Password</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="py-3 pr-4 font-normal">
                    <span className="font-semibold">{u.fullName}</span>
                    {can(u, 'course:learn', { relationship: 'self' }) ? (
                      <Link href={`/record/${u.id}`} className="ml-2 text-sm text-brand-700 underline">
                        Record<span className="sr-only"> of {u.fullName}</span>
                      </Link>
                    ) : null}
                    <span className="block text-sm text-slate-700">{u.email}</span>
                    {can(u, 'registration-number:keep', { relationship: 'self' }) ? (
                      <span className="block text-sm text-slate-700">Registration: {u.registrationNumber ?? 'not on file'}</span>
                    ) : null}
                  </th>
                  <td className="py-3 pr-4">
                    <RoleForm userId={u.id} name={u.fullName} role={u.role} />
                  </td>
                  <td className="py-3 pr-4">
                    {u.role === 'learner' ? <AssessorForm learnerId={u.id} name={u.fullName} assessorId={u.assessorId} assessors={assessors} /> : '—'}
                  </td>
                  <td className="py-3">
                    <ResetLinkForm userId={u.id} name={u.fullName} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="create-heading" className="max-w-lg">
        <h2 id="create-heading" className="text-xl font-bold">
          Create a user
        </h2>
        <div className="mt-3">
          <CreateUserForm />
        </div>
      </section>
    </div>
  );
}
