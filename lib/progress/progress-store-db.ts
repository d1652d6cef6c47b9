import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/open-database';
import { formativeAttempt, lessonProgress } from '@/lib/db/schema';
import { mergeProgress } from '@/lib/progress/merge-progress';
import { AttemptSchema, type ProgressSnapshot } from '@/lib/progress/progress-schema';

export async function readProgress(db: Pick<Db, 'select'>, learnerId: string): Promise<ProgressSnapshot> {
  const lessonRows = await db.select().from(lessonProgress).where(eq(lessonProgress.learnerId, learnerId));
  const answerRows = await db.select().from(formativeAttempt).where(eq(formativeAttempt.learnerId, learnerId));
  const answers: ProgressSnapshot['answers'] = {};
  for (const row of answerRows) {
    const parsed = AttemptSchema.safeParse({ response: row.response, score: row.score, attempts: row.attempts, answeredAt: row.answeredAt.toISOString() });
    // A stored answer that no longer fits its schema is left out rather than breaking the learner's page.
    if (parsed.success) answers[`${row.quizId}/${row.questionId}`] = parsed.data;
  }
  return {
    lessons: Object.fromEntries(
      lessonRows.map((row) => [row.lessonSlug, { openedAt: row.openedAt.toISOString(), completedAt: row.completedAt?.toISOString() ?? null }]),
    ),
    answers,
  };
}

/** Merges the browser's progress into the stored progress in one transaction and returns the result. */
export async function syncProgress(db: Db, learnerId: string, browser: ProgressSnapshot): Promise<ProgressSnapshot> {
  return db.transaction(async (tx) => {
    // Serialise syncs for one learner (two tabs) so neither overwrites the other's newer answer.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${learnerId}))`);
    const stored = await readProgress(tx, learnerId);
    const merged = mergeProgress(stored, browser);
    // Only rows that the merge changed are written: a sync with nothing new costs two reads.
    for (const [slug, lesson] of Object.entries(merged.lessons)) {
      if (sameJson(stored.lessons[slug], lesson)) continue;
      const values = { learnerId, lessonSlug: slug, openedAt: new Date(lesson.openedAt), completedAt: lesson.completedAt ? new Date(lesson.completedAt) : null };
      await tx.insert(lessonProgress).values(values).onConflictDoUpdate({ target: [lessonProgress.learnerId, lessonProgress.lessonSlug], set: { openedAt: values.openedAt, completedAt: values.completedAt } });
    }
    for (const [key, attempt] of Object.entries(merged.answers)) {
      if (sameJson(stored.answers[key], attempt)) continue;
      const [quizId = '', questionId = ''] = key.split('/');
      const values = { learnerId, quizId, questionId, response: attempt.response, score: attempt.score, attempts: attempt.attempts, answeredAt: new Date(attempt.answeredAt) };
      await tx
        .insert(formativeAttempt)
        .values(values)
        .onConflictDoUpdate({
          target: [formativeAttempt.learnerId, formativeAttempt.quizId, formativeAttempt.questionId],
          set: { response: values.response, score: values.score, attempts: values.attempts, answeredAt: values.answeredAt },
        });
    }
    return merged;
  });
}

function sameJson(a: unknown, b: unknown): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}
