import { ResetLinkForm } from '@/app/(admin)/admin/users/reset-link-form';
import { AssessorForm, RoleForm } from '@/app/(admin)/admin/users/user-forms';
import { AppLink as Link } from '@/components/ui/app-link';
import { can } from '@/lib/auth/permissions';
import type { UserRow } from '@/lib/users/user-list';

/** One page of people, each with their role, a learner's assessor and a reset link, changed in place. */
export function UsersTable({ users, assessors }: { users: UserRow[]; assessors: { id: string; name: string }[] }) {
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[52rem] border-collapse text-left">
        <caption className="sr-only">The users found, with their role, for learners their assessor, and a button to make a password reset link</caption>
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
              <td className="py-3 pr-4">{u.role === 'learner' ? <AssessorForm learnerId={u.id} name={u.fullName} assessorId={u.assessorId} assessors={assessors} /> : '—'}</td>
              <td className="py-3">
                <ResetLinkForm userId={u.id} name={u.fullName} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
