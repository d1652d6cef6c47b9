import type { Metadata } from 'next';
import { CohortFilter } from '@/app/(assessor)/assess/cohort-filter';
import { AppLink as Link } from '@/components/ui/app-link';
import { assessorQueue, CATEGORY_LABELS, parseQueueCursor, QUEUE_PAGE_SIZE, type QueueCategory } from '@/lib/assessing/queue';
import { requirePermission } from '@/lib/auth/require-permission';
import { cohortsOfAssessor } from '@/lib/cohorts/cohorts';
import { isRecordId } from '@/lib/forms/storable-text';
import { getCourseContent } from '@/lib/content/course-content';
import { getDb } from '@/lib/db/client';
import { assignedLearnerCount, learnerSummaries } from '@/lib/users/learner-overview';
import { nextToAssess } from '@/lib/assessing/next-to-assess';
import { formatSastTime } from '@/lib/format/sast';

export const metadata: Metadata = { title: 'My queue' };


const CATEGORY_ORDER: QueueCategory[] = ['awaiting', 'resubmitted', 'referred', 'in-progress', 'returned'];

function age(from: Date | null, now: Date): string {
  if (!from) return '';
  const hours = Math.floor((now.getTime() - from.getTime()) / 3_600_000);
  return hours < 24 ? `${hours} h` : `${Math.floor(hours / 24)} d`;
}

export default async function AssessPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const current = await requirePermission('assessment:queue', null, '/assess');
  const db = await getDb();
  const query = await searchParams;
  const learnerPage = Math.max(0, Number(query.learners ?? 0) || 0);
  const cohortId = isRecordId(query.cohort) ? query.cohort : null;
  const inCohort = cohortId ? `&cohort=${cohortId}` : '';
  const [learners, learnerCount, { lessons }, queue, cohorts] = await Promise.all([
    learnerSummaries(db, { assessorId: current.id }, { limit: QUEUE_PAGE_SIZE, offset: learnerPage * QUEUE_PAGE_SIZE }),
    assignedLearnerCount(db, current.id),
    getCourseContent(),
    assessorQueue(db, current.id, parseQueueCursor(query), cohortId),
    cohortsOfAssessor(db, current.id),
  ]);
  const signed = query.signed;
  const next = signed ? await nextToAssess(db, current.id, null) : null;
  const now = new Date();
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold">My queue</h1>
        {signed ? (
          <p className="mt-3 rounded-md bg-emerald-50 px-4 py-3 font-semibold text-emerald-900">
            Signed {signed === 'competent' ? 'Competent' : 'Not Yet Competent'}. The learner can now see your decision.
            {next ? (
              <>
                {' '}
                <Link href={`/assess/${next.submissionId}`} className="text-brand-700 underline underline-offset-2">
                  Next submission: {next.learnerName}
                </Link>
              </>
            ) : (
              ' Nothing else waits for you.'
            )}
          </p>
        ) : null}
        <p className="mt-3 text-slate-700">
          Submissions of the learners assigned to you, oldest first.
          {current.registrationNumber ? '' : ' Add your SETA registration number on your account page before you sign any assessment.'}
        </p>
        <ul className="mt-3 flex flex-wrap gap-3" aria-label="Counts">
          {CATEGORY_ORDER.map((category) => (
            <li key={category} className="rounded-md bg-slate-100 px-3 py-1 text-sm">
              {CATEGORY_LABELS[category]}: <span className="font-bold">{queue.counts[category]}</span>
            </li>
          ))}
        </ul>
        <CohortFilter cohorts={cohorts} chosen={cohortId} />
      </header>
      {queue.total === 0 ? (
        <p className="rounded-md bg-slate-50 px-4 py-3">Nothing is waiting for you.</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full min-w-[36rem] border-collapse text-left">
            <caption className="sr-only">Submissions waiting for you, oldest first</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-4">Learner</th>
                <th scope="col" className="py-2 pr-4">State</th>
                <th scope="col" className="py-2 pr-4">Submitted (SAST)</th>
                <th scope="col" className="py-2">Waiting</th>
              </tr>
            </thead>
            <tbody>
              {queue.entries.map((entry) => (
                <tr key={entry.submissionId} className="border-b border-slate-200">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    <Link href={`/assess/${entry.submissionId}`} className="font-semibold text-brand-800 underline">
                      {entry.learnerName}, attempt {entry.attemptNumber}
                    </Link>
                  </th>
                  <td className="py-2 pr-4">{CATEGORY_LABELS[entry.category]}</td>
                  <td className="py-2 pr-4">{entry.submittedAt ? formatSastTime(entry.submittedAt, 'medium') : ''}</td>
                  <td className="py-2">{age(entry.submittedAt, now)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {queue.previous || queue.next ? (
            <nav aria-label="Queue pages" className="mt-3 flex gap-4">
              {queue.previous ? (
                <Link href={`/assess?${queue.previous}${inCohort}`} className="text-brand-700 underline">
                  Previous {QUEUE_PAGE_SIZE}
                </Link>
              ) : null}
              <span>
                {queue.entries.length} of {queue.total}
              </span>
              {queue.next ? (
                <Link href={`/assess?${queue.next}${inCohort}`} className="text-brand-700 underline">
                  Next {QUEUE_PAGE_SIZE}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </div>
      )}
      <h2 className="text-2xl font-bold">My learners ({learnerCount})</h2>
      {learners.length === 0 ? (
        <p className="rounded-md bg-slate-50 px-4 py-3">No learners are assigned to you yet. Your administrator assigns learners to assessors.</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full min-w-[32rem] border-collapse text-left">
            <caption className="sr-only">Learners assigned to you</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-4">Learner</th>
                <th scope="col" className="py-2 pr-4">Lessons complete</th>
                <th scope="col" className="py-2">Last activity (SAST)</th>
              </tr>
            </thead>
            <tbody>
              {learners.map((learner) => (
                <tr key={learner.learnerId} className="border-b border-slate-200">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    <Link href={`/record/${learner.learnerId}`} className="font-semibold text-brand-800 underline">
                      {learner.fullName}
                    </Link>
                    <span className="block text-sm text-slate-700">{learner.email}</span>
                  </th>
                  <td className="py-2 pr-4">
                    {learner.lessonsCompleted} of {lessons.length}
                  </td>
                  <td className="py-2">{learner.lastActivity ? formatSastTime(learner.lastActivity, 'medium') : 'Not started'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {learnerCount > QUEUE_PAGE_SIZE ? (
            <nav aria-label="Learner pages" className="mt-3 flex gap-4">
              {learnerPage > 0 ? (
                <Link href={`/assess?learners=${learnerPage - 1}`} className="text-brand-700 underline">
                  Previous {QUEUE_PAGE_SIZE} learners
                </Link>
              ) : null}
              {(learnerPage + 1) * QUEUE_PAGE_SIZE < learnerCount ? (
                <Link href={`/assess?learners=${learnerPage + 1}`} className="text-brand-700 underline">
                  Next {QUEUE_PAGE_SIZE} learners
                </Link>
              ) : null}
            </nav>
          ) : null}
        </div>
      )}
    </div>
  );
}
