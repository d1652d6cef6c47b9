'use client';

import { useActionState, useState } from 'react';
import { issueResetLinkAction } from '@/app/(admin)/admin/users/actions';
import { FormMessage } from '@/components/ui/form-message';
import { initialFormState } from '@/lib/forms/form-state';
import type { ResetLinkState } from '@/lib/users/admin-reset-link';

const initialState: ResetLinkState = { ...initialFormState, link: null };

/** One person's "Reset link" button; the link it makes is shown here once, with a button to copy it. */
export function ResetLinkForm({ userId, name }: { userId: string; name: string }) {
  const [state, action] = useActionState(issueResetLinkAction, initialState);
  const [copied, setCopied] = useState<string | null>(null);
  const outputId = `reset-link-${userId}`;
  async function copy(link: string) {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('Copied.');
    } catch {
      setCopied('Copying is not allowed here: select the link and copy it yourself.');
    }
  }
  return (
    <form action={action} className="space-y-2" onSubmit={() => setCopied(null)}>
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" className="min-h-11 rounded-md border border-brand-700 px-3 font-semibold text-brand-800">
        Reset link<span className="sr-only"> for {name}</span>
      </button>
      <FormMessage state={state} />
      {state.link ? (
        <div className="space-y-1">
          <span id={`${outputId}-label`} className="block text-sm font-semibold">
            Link for {name}
          </span>
          <output id={outputId} aria-labelledby={`${outputId}-label`} className="block max-w-xs break-all rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-sm">
            {state.link}
          </output>
          <button
            type="button"
            onClick={() => void copy(state.link ?? '')}
            className="min-h-11 rounded-md border border-slate-400 px-3 text-sm font-semibold text-slate-900"
          >
            Copy the link<span className="sr-only"> for {name}</span>
          </button>
          <p aria-live="polite" className="text-sm text-slate-700">
            {copied}
          </p>
        </div>
      ) : null}
    </form>
  );
}
