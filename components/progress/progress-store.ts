'use client';

import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { mergeProgress } from '@/lib/progress/merge-progress';
import { sameProgress } from '@/lib/progress/same-progress';
import type { QuizResponse } from '@/lib/quiz/response';

/**
 * Lesson progress and practice answers, kept in the browser so a learner without an account
 * (or offline for a while) loses nothing.
 */

export type LessonProgress = { openedAt: string; completedAt: string | null };

export type QuestionAttempt = {
  response: QuizResponse;
  /** Score from 0 to 1 as the formative marker gave it. */
  score: number;
  attempts: number;
  answeredAt: string;
};

type ProgressState = {
  lessons: Record<string, LessonProgress>;
  /** Keyed by `${quizId}/${questionId}`. */
  answers: Record<string, QuestionAttempt>;
  /** Attempts made on questions that were reset for a retry, keyed like `answers`. */
  tries: Record<string, number>;
  /**
   * When each question was cleared for another try, keyed like `answers`: the server still holds
   * the old answer, and a sync must not bring it back over the learner's newer decision.
   */
  cleared: Record<string, string>;
  lastLesson: string | null;
  markOpened: (slug: string) => void;
  markCompleted: (slug: string) => void;
  recordAnswer: (quizId: string, questionId: string, response: QuizResponse, score: number) => void;
  resetQuestion: (quizId: string, questionId: string) => void;
  clearAll: () => void;
  /**
   * Merges the server's copy into the progress as it is now, so a completion or answer made while
   * the copy was on its way is kept rather than replaced by the older copy.
   */
  absorbServerCopy: (snapshot: { lessons: Record<string, LessonProgress>; answers: Record<string, QuestionAttempt> }) => void;
};

export const PROGRESS_STORAGE_KEY = 'us114052-progress';

export function answerKey(quizId: string, questionId: string): string {
  return `${quizId}/${questionId}`;
}

export const useProgressStore = create<ProgressState>()(
  persist(
    (set) => ({
      lessons: {},
      answers: {},
      tries: {},
      cleared: {},
      lastLesson: null,
      markOpened: (slug) =>
        set((state) => ({
          lastLesson: slug,
          lessons: state.lessons[slug]
            ? state.lessons
            : { ...state.lessons, [slug]: { openedAt: new Date().toISOString(), completedAt: null } },
        })),
      markCompleted: (slug) =>
        set((state) => {
          const now = new Date().toISOString();
          const current = state.lessons[slug];
          return {
            lastLesson: slug,
            lessons: { ...state.lessons, [slug]: { openedAt: current?.openedAt ?? now, completedAt: current?.completedAt ?? now } },
          };
        }),
      recordAnswer: (quizId, questionId, response, score) =>
        set((state) => {
          const key = answerKey(quizId, questionId);
          // A retry clears the answer but not the count, so the score shows how many tries it took.
          const attempts = (state.answers[key]?.attempts ?? state.tries[key] ?? 0) + 1;
          const { [key]: _answeredAgain, ...cleared } = state.cleared;
          return {
            answers: { ...state.answers, [key]: { response, score, attempts, answeredAt: new Date().toISOString() } },
            cleared,
          };
        }),
      resetQuestion: (quizId, questionId) =>
        set((state) => {
          const key = answerKey(quizId, questionId);
          if (!state.answers[key]) return state;
          const { [key]: _removed, ...rest } = state.answers;
          return {
            answers: rest,
            tries: { ...state.tries, [key]: state.answers[key]?.attempts ?? 0 },
            cleared: { ...state.cleared, [key]: new Date().toISOString() },
          };
        }),
      clearAll: () => set({ lessons: {}, answers: {}, tries: {}, cleared: {}, lastLesson: null }),
      absorbServerCopy: (snapshot) =>
        set((state) => {
          const local = { lessons: state.lessons, answers: state.answers };
          // An answer from before the learner cleared the question stays cleared on this browser.
          const answers = Object.fromEntries(
            Object.entries(snapshot.answers).filter(([key, answer]) => {
              const clearedAt = state.cleared[key];
              return clearedAt === undefined || Date.parse(answer.answeredAt) > Date.parse(clearedAt);
            }),
          );
          const merged = mergeProgress({ lessons: snapshot.lessons, answers }, local);
          // Unchanged state keeps its identity, so nothing re-renders and no new sync is scheduled.
          return sameProgress(merged, local) ? state : merged;
        }),
    }),
    { name: PROGRESS_STORAGE_KEY, version: 1, storage: createJSONStorage(() => localStorage) },
  ),
);
