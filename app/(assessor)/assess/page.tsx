import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/current-user';
import { getCourseContent } from '@/lib/content/course-content';
import { getDb } from '@/lib/db/client';
import { learnerSummaries } from '@/lib/users/learner-overview';

export const metadata: Metadata = { title: 'My learners' };

const dateFormat = new Intl.DateTimeFormat('en-ZA', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Africa/Johannesburg' });

export default async function AssessPage() {
  const current = await requireRole(['assessor'], '/assess');
  const [learners, { lessons }] = await Promise.all([learnerSummaries(await getDb(), { assessorId: current.id }), getCourseContent()]);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold">My learners</h1>
        <p className="mt-3 text-slate-700">
          The learners assigned to you and how far each has come through the lessons.
          {current.registrationNumber ? '' : ' Add your SETA registration number on your account page before you sign any assessment.'}
        </p>
      </header>
      {learners.length === 0 ? (
        <p className="rounded-md bg-slate-50 px-4 py-3">No learners are assigned to you yet. Your administrator assigns learners to assessors.</p>
      ) : (
        <div className="overflow-x-auto">
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
                    <span className="font-semibold">{learner.fullName}</span>
                    <span className="block text-sm text-slate-700">{learner.email}</span>
                  </th>
                  <td className="py-2 pr-4">
                    {learner.lessonsCompleted} of {lessons.length}
                  </td>
                  <td className="py-2">{learner.lastActivity ? dateFormat.format(learner.lastActivity) : 'Not started'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
