'use client';

import { signOutAction } from '@/app/(auth)/sign-out/actions';
import { PROGRESS_STORAGE_KEY, useProgressStore } from '@/components/progress/progress-store';

/** Signing out also clears this browser's copy of the learner's progress: the server keeps it. */
export function SignOutButton() {
  return (
    <form
      action={signOutAction}
      onSubmit={() => {
        useProgressStore.getState().clearAll();
        localStorage.removeItem(PROGRESS_STORAGE_KEY);
      }}
    >
      <button type="submit" className="inline-block py-1 text-slate-700 underline underline-offset-4 hover:text-brand-700">
        Sign out
      </button>
    </form>
  );
}
