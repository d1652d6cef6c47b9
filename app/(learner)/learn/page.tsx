import type { Metadata } from 'next';
import { AppLink as Link } from '@/components/ui/app-link';
import { requirePermission } from '@/lib/auth/require-permission';
import { getCourseContent } from '@/lib/content/course-content';
import { getDb } from '@/lib/db/client';
import { readProgress } from '@/lib/progress/progress-store-db';
import { learnerSummaries } from '@/lib/users/learner-overview';

export const metadata: Metadata = { title: 'My learning' };

export default async function LearnPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const current = await requirePermission('course:learn', { self: true }, '/learn');
  const db = await getDb();
  const [{ course, lessons }, progress, [summary]] = await Promise.all([getCourseContent(), readProgress(db, current.id), learnerSummaries(db, { learnerId: current.id })]);
  const completed = lessons.filter((lesson) => progress.lessons[lesson.slug]?.completedAt).length;
  const next = lessons.find((lesson) => !progress.lessons[lesson.slug]?.completedAt);
  const welcome = (await searchParams).welcome === '1';
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold">My learning</h1>
        {welcome ? <p className="mt-3 rounded-md bg-emerald-50 px-4 py-3 font-semibold text-emerald-900">Welcome, {current.fullName}. Your account is ready.</p> : null}
        <p className="mt-3 text-lg text-slate-700">
          {completed} of {lessons.length} lessons complete. Your progress is saved to your account, so you can continue on any device.
        </p>
        <p className="mt-1 text-slate-700">Assessor: {summary?.assessorName ?? 'not assigned yet (your training provider assigns one)'}</p>
        {current.identityKind === null ? (
          <p className="mt-3 rounded-md bg-amber-50 px-4 py-3 text-amber-900">
            Your record of learning needs your ID or passport number.{' '}
            <Link href="/account" className="font-semibold underline">
              Add it on your account page
            </Link>
            .
          </p>
        ) : null}
        <p className="mt-3">
          <Link href="/assessment" className="font-semibold text-brand-800 underline">
            {next ? 'See what the summative assessment holds' : 'Go to the summative assessment'}
          </Link>
        </p>
        <p className="mt-1">
          <Link href="/portfolio/role-plays" className="font-semibold text-brand-800 underline">
            Record your role-plays
          </Link>
        </p>
        {next ? (
          <p className="mt-5">
            <Link href={`/lessons/${next.slug}`} className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
              Continue: {next.frontmatter.title}
            </Link>
          </p>
        ) : null}
      </header>
      <section aria-labelledby="modules-heading">
        <h2 id="modules-heading" className="text-xl font-bold">
          Modules
        </h2>
        <ol className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200">
          {course.modules.map((module, index) => {
            const done = module.lessons.filter((slug) => progress.lessons[slug]?.completedAt).length;
            return (
              <li key={module.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                <Link href={`/modules/${module.id}`} className="font-semibold text-brand-800 underline-offset-4 hover:underline">
                  Module {index + 1}: {module.title}
                </Link>
                <span className="text-sm text-slate-700">
                  {done === module.lessons.length ? '✓ ' : ''}
                  {done} of {module.lessons.length} lessons complete
                </span>
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
