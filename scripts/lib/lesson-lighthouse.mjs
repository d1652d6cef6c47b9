import { lighthouseMedians } from './lighthouse.mjs';

/**
 * Every lesson beside its plain copy (the same HTML and stylesheet, no scripts), in the same
 * Lighthouse session: mobile score and Total Blocking Time, medians of `runs`. The ratio is the
 * lesson's TBT over the plain page's. A task blocks only beyond its first 50 ms, so TBT
 * under 50 ms is noise: the plain page's TBT counts as at least 50 ms (else 3 ms over 0 ms would read 3×).
 */
export async function measureLessonLighthouse(baseUrl, slugs, runs = 3) {
  const urls = slugs.flatMap((slug) => [`${baseUrl}/lessons/${slug}`, `${baseUrl}/lesson-pages/plain/${slug}.html`]);
  const medians = await lighthouseMedians(urls, runs);
  const lessons = slugs.map((slug) => {
    const lesson = medians[`${baseUrl}/lessons/${slug}`];
    const plain = medians[`${baseUrl}/lesson-pages/plain/${slug}.html`];
    return { slug, score: lesson.score, tbtMs: lesson.tbtMs, plainScore: plain.score, plainTbtMs: plain.tbtMs, tbtRatio: Math.round((lesson.tbtMs / Math.max(plain.tbtMs, 50)) * 100) / 100 };
  });
  return {
    runs,
    lessons,
    maxTbtRatio: Math.max(...lessons.map((l) => l.tbtRatio)),
    maxTbtMs: Math.max(...lessons.map((l) => l.tbtMs)),
    minScore: Math.min(...lessons.map((l) => l.score)),
  };
}

export function printLessonLighthouse(result) {
  console.log(`\n| lesson | score | TBT (ms) | plain page score | plain TBT (ms) | TBT ratio |\n|---|---|---|---|---|---|`);
  for (const l of result.lessons) console.log(`| ${l.slug} | ${l.score} | ${l.tbtMs} | ${l.plainScore} | ${l.plainTbtMs} | ${l.tbtRatio} |`);
}
