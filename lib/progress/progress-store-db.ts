import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/open-database';
import { formativeAttempt, lessonProgress } from '@/lib/db/schema';
import { env } from '@/lib/env';
import { AttemptSchema, type ProgressSnapshot } from '@/lib/progress/progress-schema';
import { XAPI_ATTEMPTS, XAPI_JOB } from '@/lib/xapi/outbox';

export async function readProgress(db: Pick<Db, 'select'>, learnerId: string): Promise<ProgressSnapshot> {
  const lessonRows = await db.select().from(lessonProgress).where(eq(lessonProgress.learnerId, learnerId));
  const answerRows = await db.select().from(formativeAttempt).where(eq(formativeAttempt.learnerId, learnerId));
  return snapshotOf(
    lessonRows.map((row) => ({ slug: row.lessonSlug, openedAt: row.openedAt, completedAt: row.completedAt })),
    answerRows.map((row) => ({ key: `${row.quizId}/${row.questionId}`, response: row.response, score: row.score, attempts: row.attempts, answeredAt: row.answeredAt })),
  );
}

type LessonRow = { slug: string; openedAt: Date; completedAt: Date | null };
type AnswerRow = { key: string; response: unknown; score: number; attempts: number; answeredAt: Date };

function snapshotOf(lessonRows: LessonRow[], answerRows: AnswerRow[]): ProgressSnapshot {
  const answers: ProgressSnapshot['answers'] = {};
  for (const row of answerRows) {
    const parsed = AttemptSchema.safeParse({ response: row.response, score: row.score, attempts: row.attempts, answeredAt: row.answeredAt.toISOString() });
    // A stored answer that no longer fits its schema is left out rather than breaking the learner's page.
    if (parsed.success) answers[row.key] = parsed.data;
  }
  return {
    lessons: Object.fromEntries(lessonRows.map((row) => [row.slug, { openedAt: row.openedAt.toISOString(), completedAt: row.completedAt?.toISOString() ?? null }])),
    answers,
  };
}

/** What the sync statement returns: each row as a JSON array, times in milliseconds. */
type SyncedRow = { lessons: [string, number, number | null][]; answers: [string, string, unknown, number, number, number][] };

const byKey = <T>([a]: [string, T], [b]: [string, T]) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Merges the browser's progress into the stored progress and returns the result, in one statement
 * with no lock: the merge rules of `mergeProgress` are decided by the database row by row, so two
 * tabs syncing at once cannot overwrite each other's newer work. A lesson keeps its earliest
 * opening and completion; an answer is replaced only by a newer one (answered later, then more
 * tries, then the greater response text and score, so a tie always settles the same way whatever
 * order the copies arrive in). Rows are written in key order so two syncs never deadlock, and only
 * rows the merge changes are written.
 *
 * With a learning record store configured, the same statement puts an xAPI statement in the outbox
 * for each lesson first opened or first completed and each answer it stored, so progress and its
 * statements are written together or not at all.
 *
 * The result is the rows this sync wrote plus the learner's other rows as they were when the
 * statement began: a row another tab changed in that instant may come back one step old, which the
 * browser's own merge of the reply makes good on its next sync.
 */
export async function syncProgress(db: Db, learnerId: string, browser: ProgressSnapshot, queueStatements = env().lrs !== null): Promise<ProgressSnapshot> {
  const lessons = Object.entries(browser.lessons)
    .sort(byKey)
    .map(([slug, lesson]) => ({ slug, opened_at: lesson.openedAt, completed_at: lesson.completedAt }));
  const answers = Object.entries(browser.answers)
    .sort(byKey)
    .map(([key, attempt]) => {
      const [quizId = '', questionId = ''] = key.split('/');
      return { quiz_id: quizId, question_id: questionId, response: attempt.response, score: attempt.score, attempts: attempt.attempts, answered_at: attempt.answeredAt };
    });
  const result = (await db.execute(sql`
    with before_lessons as (
      select lesson_slug, completed_at from lesson_progress where learner_id = ${learnerId}
    ), incoming_lessons as (
      select * from jsonb_to_recordset(${JSON.stringify(lessons)}::jsonb) as l(slug text, opened_at timestamptz, completed_at timestamptz)
    ), incoming_answers as (
      select * from jsonb_to_recordset(${JSON.stringify(answers)}::jsonb) as a(quiz_id text, question_id text, response jsonb, score real, attempts integer, answered_at timestamptz)
    ), saved_lessons as (
      insert into lesson_progress as stored (learner_id, lesson_slug, opened_at, completed_at)
      select ${learnerId}, slug, opened_at, completed_at from incoming_lessons order by slug
      on conflict (learner_id, lesson_slug) do update
        set opened_at = least(stored.opened_at, excluded.opened_at), completed_at = least(stored.completed_at, excluded.completed_at)
        where excluded.opened_at < stored.opened_at
          or excluded.completed_at < stored.completed_at
          or (stored.completed_at is null and excluded.completed_at is not null)
      returning lesson_slug, opened_at, completed_at
    ), saved_answers as (
      insert into formative_attempt as stored (learner_id, quiz_id, question_id, response, score, attempts, answered_at)
      select ${learnerId}, quiz_id, question_id, response, score, attempts, answered_at from incoming_answers order by quiz_id, question_id
      on conflict (learner_id, quiz_id, question_id) do update
        set response = excluded.response, score = excluded.score, attempts = excluded.attempts, answered_at = excluded.answered_at
        where (excluded.answered_at, excluded.attempts, excluded.response::text collate "C", excluded.score)
          > (stored.answered_at, stored.attempts, stored.response::text collate "C", stored.score)
      returning quiz_id, question_id, response, score, attempts, answered_at
    ), lesson_events as (
      select 'lesson.opened'::text as type, saved.lesson_slug, saved.opened_at as at from saved_lessons as saved
      where not exists (select 1 from before_lessons as was where was.lesson_slug = saved.lesson_slug)
      union all
      select 'lesson.completed', saved.lesson_slug, saved.completed_at from saved_lessons as saved
      where saved.completed_at is not null
        and not exists (select 1 from before_lessons as was where was.lesson_slug = saved.lesson_slug and was.completed_at is not null)
    ), queued_statements as (
      insert into job (id, kind, payload, max_attempts)
      select gen_random_uuid()::text, ${XAPI_JOB}::text, jsonb_build_object('type', type, 'learnerId', ${learnerId}::text, 'lessonSlug', lesson_slug, 'at', to_jsonb(at)), ${XAPI_ATTEMPTS}::integer
      from lesson_events where ${queueStatements}::boolean
      union all
      select gen_random_uuid()::text, ${XAPI_JOB}::text, jsonb_build_object(
        'type', 'question.answered', 'learnerId', ${learnerId}::text, 'quizId', quiz_id, 'questionId', question_id,
        'score', case when response->>'type' = 'written' then null else to_jsonb(score) end, 'attempts', attempts, 'at', to_jsonb(answered_at)), ${XAPI_ATTEMPTS}::integer
      from saved_answers where ${queueStatements}::boolean
      returning id
    ), lessons_now as (
      select lesson_slug, opened_at, completed_at from saved_lessons
      union all
      select lesson_slug, opened_at, completed_at from lesson_progress as kept
      where kept.learner_id = ${learnerId} and not exists (select 1 from saved_lessons where saved_lessons.lesson_slug = kept.lesson_slug)
    ), answers_now as (
      select quiz_id, question_id, response, score, attempts, answered_at from saved_answers
      union all
      select quiz_id, question_id, response, score, attempts, answered_at from formative_attempt as kept
      where kept.learner_id = ${learnerId}
        and not exists (select 1 from saved_answers where saved_answers.quiz_id = kept.quiz_id and saved_answers.question_id = kept.question_id)
    )
    select
      (select coalesce(jsonb_agg(jsonb_build_array(lesson_slug, ${epochMs('opened_at')}, ${epochMs('completed_at')})), '[]'::jsonb) from lessons_now) as lessons,
      (select coalesce(jsonb_agg(jsonb_build_array(quiz_id, question_id, response, score, attempts, ${epochMs('answered_at')})), '[]'::jsonb) from answers_now) as answers`)) as unknown as { rows: SyncedRow[] };
  const [row] = result.rows;
  return snapshotOf(
    (row?.lessons ?? []).map(([slug, openedAt, completedAt]) => ({ slug, openedAt: new Date(openedAt), completedAt: completedAt === null ? null : new Date(completedAt) })),
    (row?.answers ?? []).map(([quizId, questionId, response, score, attempts, answeredAt]) => ({ key: `${quizId}/${questionId}`, response, score, attempts, answeredAt: new Date(answeredAt) })),
  );
}

/** A timestamp as whole milliseconds since 1970, the precision the browser sends. */
function epochMs(column: string) {
  return sql.raw(`floor(extract(epoch from ${column}) * 1000)::bigint`);
}
