'use client';

import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { QuizResponse } from '@/lib/quiz/response';

/**
 * Answers typed but not yet acknowledged by the server, kept in the browser so nothing is lost
 * offline or on a reload; each is removed as soon as the server confirms it.
 */
type PendingState = {
  pending: Record<string, { response: QuizResponse; changedAt: string }>;
  put: (submissionId: string, itemKey: string, response: QuizResponse) => void;
  confirm: (submissionId: string, itemKey: string, response: QuizResponse) => void;
  dropSubmission: (submissionId: string) => void;
};

export function pendingKey(submissionId: string, itemKey: string): string {
  return `${submissionId}|${itemKey}`;
}

export const usePendingAnswers = create<PendingState>()(
  persist(
    (set) => ({
      pending: {},
      put: (submissionId, itemKey, response) =>
        set((state) => ({ pending: { ...state.pending, [pendingKey(submissionId, itemKey)]: { response, changedAt: new Date().toISOString() } } })),
      confirm: (submissionId, itemKey, response) =>
        set((state) => {
          const key = pendingKey(submissionId, itemKey);
          // Only the answer that was sent is confirmed: a newer one typed meanwhile stays pending.
          if (JSON.stringify(state.pending[key]?.response) !== JSON.stringify(response)) return state;
          const { [key]: _confirmed, ...rest } = state.pending;
          return { pending: rest };
        }),
      dropSubmission: (submissionId) =>
        set((state) => ({ pending: Object.fromEntries(Object.entries(state.pending).filter(([key]) => !key.startsWith(`${submissionId}|`))) })),
    }),
    { name: 'us114052-pending-answers', version: 1, storage: createJSONStorage(() => localStorage) },
  ),
);
