import type { ProgressSnapshot } from '@/lib/progress/progress-schema';

function earlier(a: string, b: string): string {
  return Date.parse(a) <= Date.parse(b) ? a : b;
}

/**
 * Two devices' progress combined: a lesson opened or completed on either counts (earliest times
 * kept), and for each question the most recent answer wins.
 */
export function mergeProgress(server: ProgressSnapshot, browser: ProgressSnapshot): ProgressSnapshot {
  const lessons: ProgressSnapshot['lessons'] = { ...server.lessons };
  for (const [slug, incoming] of Object.entries(browser.lessons)) {
    const stored = lessons[slug];
    if (!stored) {
      lessons[slug] = incoming;
      continue;
    }
    const completions = [stored.completedAt, incoming.completedAt].filter((value): value is string => value !== null);
    lessons[slug] = {
      openedAt: earlier(stored.openedAt, incoming.openedAt),
      completedAt: completions.length === 0 ? null : completions.reduce(earlier),
    };
  }
  const answers: ProgressSnapshot['answers'] = { ...server.answers };
  for (const [key, incoming] of Object.entries(browser.answers)) {
    const stored = answers[key];
    if (!stored || Date.parse(incoming.answeredAt) > Date.parse(stored.answeredAt)) answers[key] = incoming;
  }
  return { lessons, answers };
}
