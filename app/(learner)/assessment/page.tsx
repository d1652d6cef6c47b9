import type { Metadata } from 'next';
import { AppLink as Link } from '@/components/ui/app-link';
import { StartAttemptForm } from '@/app/(learner)/assessment/start-form';
import { getAssessmentContent } from '@/lib/assessment/assessment-content';
import { listAttempts } from '@/lib/assessment/read-attempt';
import { STATUS_LABELS } from '@/lib/assessment/status-labels';
import { requirePermission } from '@/lib/auth/require-permission';
import { getCourseContent } from '@/lib/content/course-content';
import { getDb } from '@/lib/db/client';
import { readProgress } from '@/lib/progress/progress-store-db';
import { attemptsClosedReason } from '@/lib/settings/course-dates';
import { readSettings } from '@/lib/settings/settings-store';
import { formatSastTime } from '@/lib/format/sast';

export const metadata: Metadata = { title: 'Summative assessment' };


export default async function AssessmentPage() {
  const learner = await requirePermission('assessment:submit', { self: true }, '/assessment');
  const db = await getDb();
  const [{ lessons }, assessment, attempts, progress, settings] = await Promise.all([getCourseContent(), getAssessmentContent(), listAttempts(db, learner.id), readProgress(db, learner.id), readSettings(db)]);
  const remaining = settings.assessmentOpensAfterAllLessons ? lessons.filter((lesson) => !progress.lessons[lesson.slug]?.completedAt) : [];
  const latest = attempts[0];
  const closed = attemptsClosedReason(settings, new Date());
  const canStart = closed === null && remaining.length === 0 && (!latest || latest.status === 'not_yet_competent') && attempts.length < settings.maxAttempts;
  return (
    <div className="max-w-3xl space-y-8">
      <header>
        <h1 className="text-3xl font-bold">{assessment.definition.title}</h1>
        <p className="mt-3 text-lg text-slate-700">{assessment.definition.introduction}</p>
        <p className="mt-2 text-slate-700">
          You may make {settings.maxAttempts} attempts in all. After a Not Yet Competent decision you read your assessor&apos;s
          feedback and try again.
        </p>
      </header>
      <section aria-labelledby="parts-heading">
        <h2 id="parts-heading" className="text-xl font-bold">
          What it holds
        </h2>
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          {assessment.definition.parts.map((part) => (
            <li key={part.bank}>
              <span className="font-semibold">{part.title}</span> ({assessment.banks.get(part.bank)?.draw ?? 0} question
              {assessment.banks.get(part.bank)?.draw === 1 ? '' : 's'})
            </li>
          ))}
          <li>
            <span className="font-semibold">Evidence files</span> (optional) and the declaration of authenticity
          </li>
        </ol>
      </section>
      {closed ? (
        <p role="status" className="rounded-lg bg-amber-50 p-4 text-amber-950">
          {closed}
        </p>
      ) : null}
      {remaining.length > 0 ? (
        <section aria-labelledby="gate-heading" className="rounded-lg bg-amber-50 p-4">
          <h2 id="gate-heading" className="text-xl font-bold text-amber-950">
            Complete every lesson first
          </h2>
          <p className="mt-1">The assessment opens when these lessons are marked complete:</p>
          <ul className="mt-2 list-disc pl-6">
            {remaining.map((lesson) => (
              <li key={lesson.slug}>
                <Link href={`/lessons/${lesson.slug}`} className="text-brand-800 underline">
                  {lesson.frontmatter.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {latest?.status === 'draft' ? (
        <p>
          <Link href={`/assessment/${latest.id}`} className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
            Continue attempt {latest.attemptNumber}
          </Link>
        </p>
      ) : canStart ? (
        <StartAttemptForm attemptNumber={(latest?.attemptNumber ?? 0) + 1} />
      ) : null}
      {attempts.length > 0 ? (
        <section aria-labelledby="attempts-heading">
          <h2 id="attempts-heading" className="text-xl font-bold">
            Your attempts
          </h2>
          <ul className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200">
            {attempts.map((attempt) => (
              <li key={attempt.id} className="flex flex-wrap justify-between gap-2 px-4 py-3">
                <Link href={`/assessment/${attempt.id}`} className="font-semibold text-brand-800 underline">
                  Attempt {attempt.attemptNumber}
                </Link>
                <span>
                  {STATUS_LABELS[attempt.status]}
                  {attempt.submittedAt ? `, submitted ${formatSastTime(attempt.submittedAt, 'medium')}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
