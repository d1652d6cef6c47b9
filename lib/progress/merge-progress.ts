import type { ProgressSnapshot } from '@/lib/progress/progress-schema';
import { canonicalJson } from '@/lib/progress/same-progress';

type Attempt = ProgressSnapshot['answers'][string];

function earlier(a: string, b: string): string {
  return Date.parse(a) <= Date.parse(b) ? a : b;
}

/**
 * The answer to keep of two for one question: the newer one. A tie (two devices in the same
 * millisecond) is settled by the content, never by which copy came first, so the merge gives the
 * same result in whatever order the copies meet.
 */
function newer(a: Attempt, b: Attempt): Attempt {
  const byTime = Date.parse(a.answeredAt) - Date.parse(b.answeredAt);
  if (byTime !== 0) return byTime > 0 ? a : b;
  if (a.attempts !== b.attempts) return a.attempts > b.attempts ? a : b;
  return canonicalJson(a) >= canonicalJson(b) ? a : b;
}

/**
 * Two copies of progress combined (two devices, or the server's copy and the browser's): a lesson
 * opened or completed in either counts, with the earliest times, and for each question the newest
 * answer wins. The merge only ever adds: nothing either copy holds is lost or replaced by something
 * older, and the order of the arguments does not change the result.
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
    answers[key] = stored ? newer(stored, incoming) : incoming;
  }
  return { lessons, answers };
}
