'use client';

import { signOutAction } from '@/app/(auth)/sign-out/actions';
import { SIGNED_OUT, useAccountStore } from '@/components/layout/account-store';
import { PROGRESS_STORAGE_KEY, useProgressStore } from '@/components/progress/progress-store';

/**
 * Signing out also clears this browser's copy of the learner's progress (the server keeps it), and
 * the header shows the signed-out links at once instead of after the next /api/me answer.
 */
export function SignOutButton() {
  return (
    <form
      action={signOutAction}
      onSubmit={() => {
        useProgressStore.getState().clearAll();
        localStorage.removeItem(PROGRESS_STORAGE_KEY);
        useAccountStore.getState().learn(SIGNED_OUT);
      }}
    >
      <button type="submit" className="inline-block py-1 text-slate-700 underline underline-offset-4 hover:text-brand-700">
        Sign out
      </button>
    </form>
  );
}
