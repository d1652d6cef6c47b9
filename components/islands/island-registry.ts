import type { ComponentType } from 'react';
import type { IslandName } from '@/components/islands/island-names';

// biome-ignore lint/suspicious/noExplicitAny: each island declares its own props; they arrive as parsed JSON
type AnyComponent = ComponentType<any>;

type IslandEntry = {
  /** `visible`: load and render when the part comes near the screen; `now`: as soon as the page runs. */
  when: 'now' | 'visible';
  load: () => Promise<AnyComponent>;
};

/**
 * Each island's code is its own file, fetched only by a page that has the part: a lesson without
 * an SLA explorer never downloads the explorer.
 */
export const ISLAND_REGISTRY: Record<IslandName, IslandEntry> = {
  'account-links': { when: 'now', load: () => import('@/components/islands/account-links').then((m) => m.AccountLinks) },
  'lesson-tracker': { when: 'now', load: () => import('@/components/progress/lesson-tracker').then((m) => m.LessonTracker) },
  quiz: { when: 'visible', load: () => import('@/components/quiz/quiz').then((m) => m.Quiz) },
  'section-check': { when: 'visible', load: () => import('@/components/quiz/section-check').then((m) => m.SectionCheck) },
  'priority-matrix-explorer': { when: 'visible', load: () => import('@/components/sla/priority-matrix-explorer').then((m) => m.PriorityMatrixExplorer) },
  'keep-course': { when: 'visible', load: () => import('@/components/offline/keep-course').then((m) => m.KeepCourse) },
  'kept-lessons': { when: 'now', load: () => import('@/components/offline/kept-lessons').then((m) => m.KeptLessons) },
  'section-progress': { when: 'visible', load: () => import('@/components/lesson/section-progress').then((m) => m.SectionProgress) },
  'sla-clock-explorer': { when: 'visible', load: () => import('@/components/sla/sla-clock-explorer').then((m) => m.SlaClockExplorer) },
};
