'use client';

import { useActionState } from 'react';
import { assignAssessorAction, changeRoleAction, createUserAction } from '@/app/(admin)/admin/users/actions';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import type { Role } from '@/lib/db/schema/people';
import { initialFormState } from '@/lib/forms/form-state';
import { ROLE_OPTIONS } from '@/lib/users/role-options';


const selectClass = 'min-h-11 rounded-md border border-slate-400 bg-white px-2 py-1';

export function CreateUserForm() {
  const [state, action] = useActionState(createUserAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <TextField name="fullName" label="Full name" defaultValue={state.values.fullName} error={state.fieldErrors.fullName} />
      <TextField name="email" label="E-mail address" type="email" defaultValue={state.values.email} error={state.fieldErrors.email} />
      <TextField name="password" label="First password" type="password" hint="At least 10 characters. They can change it on their account page." autoComplete="new-password" error={state.fieldErrors.password} />
      <div className="space-y-1">
        <label htmlFor="new-user-role" className="block font-semibold">
          Role
        </label>
        <select id="new-user-role" name="role" defaultValue={state.values.role ?? 'learner'} className={selectClass}>
          {ROLE_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <TextField name="registrationNumber" label="SETA registration number (assessors and moderators)" defaultValue={state.values.registrationNumber} error={state.fieldErrors.registrationNumber} />
      <SubmitButton pendingLabel="Creating…">Create user</SubmitButton>
    </form>
  );
}

export function RoleForm({ userId, name, role }: { userId: string; name: string; role: Role }) {
  const [state, action] = useActionState(changeRoleAction, initialFormState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={`role-${userId}`} className="sr-only">
        Role of {name}
      </label>
      <select id={`role-${userId}`} name="role" defaultValue={role} className={selectClass}>
        {ROLE_OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <button type="submit" className="min-h-11 rounded-md border border-brand-700 px-3 font-semibold text-brand-800">
        Save role<span className="sr-only"> of {name}</span>
      </button>
      <FormMessage state={state} />
    </form>
  );
}

export function AssessorForm({ learnerId, name, assessorId, assessors }: { learnerId: string; name: string; assessorId: string | null; assessors: { id: string; name: string }[] }) {
  const [state, action] = useActionState(assignAssessorAction, initialFormState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="learnerId" value={learnerId} />
      <label htmlFor={`assessor-${learnerId}`} className="sr-only">
        Assessor of {name}
      </label>
      <select id={`assessor-${learnerId}`} name="assessorId" defaultValue={assessorId ?? ''} className={selectClass}>
        <option value="">No assessor</option>
        {assessors.map((assessor) => (
          <option key={assessor.id} value={assessor.id}>
            {assessor.name}
          </option>
        ))}
      </select>
      <button type="submit" className="min-h-11 rounded-md border border-brand-700 px-3 font-semibold text-brand-800">
        Assign<span className="sr-only"> an assessor to {name}</span>
      </button>
      <FormMessage state={state} />
    </form>
  );
}
