'use client';

import { useActionState } from 'react';
import { type ImportState, importLearnersAction } from '@/app/(admin)/admin/import/[importId]/actions';
import { InvitationLinks } from '@/app/(admin)/admin/import/[importId]/invitation-links';
import { AppLink as Link } from '@/components/ui/app-link';
import { SubmitButton } from '@/components/ui/submit-button';

const idle: ImportState = { status: 'idle' };

/** The one button that writes: every learner of the previewed file, or none. */
export function ImportForm({ importId, count, imported }: { importId: string; count: number; imported: boolean }) {
  const [state, action] = useActionState(importLearnersAction, idle);
  if (state.status === 'done') {
    return (
      <div className="space-y-4">
        <p role="status" className="rounded-md bg-emerald-50 px-4 py-3 font-semibold text-emerald-900">
          Imported {state.learners} learner{state.learners === 1 ? '' : 's'}.{' '}
          {state.invitations === 'mailed' ? 'Each has been sent an e-mail with a link to set their password.' : 'No mail server is set up, so hand each learner their link below.'}
        </p>
        {state.invitations === 'handed-out' ? <InvitationLinks links={state.links} expiresAt={state.expiresAt} /> : null}
      </div>
    );
  }
  if (imported) {
    return (
      <p role="status" className="rounded-md bg-slate-50 px-4 py-3">
        This file has been imported.{' '}
        <Link href="/admin/learners" className="text-brand-700 underline">
          See the learners
        </Link>
        .
      </p>
    );
  }
  return (
    <form action={action} className="space-y-3">
      {state.status === 'error' ? (
        <p role="alert" className="rounded-md bg-red-50 px-4 py-3 font-semibold text-red-900">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="importId" value={importId} />
      <SubmitButton pendingLabel="Importing…">
        Import {count} learner{count === 1 ? '' : 's'}
      </SubmitButton>
    </form>
  );
}
