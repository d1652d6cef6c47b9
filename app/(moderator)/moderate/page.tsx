import { inArray } from 'drizzle-orm';
import type { Metadata } from 'next';
import { AppLink as Link } from '@/components/ui/app-link';
import { CreateBatchForm } from '@/components/moderation/create-batch-form';
import { can } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/require-permission';
import { listCohorts } from '@/lib/cohorts/cohorts';
import { getDb } from '@/lib/db/client';
import { profile } from '@/lib/db/schema';
import { listBatches } from '@/lib/moderation/read-batch';
import { formatSastTime } from '@/lib/format/sast';

export const metadata: Metadata = { title: 'Moderation' };


export default async function ModeratePage() {
  const actor = await requirePermission('batch:create', null, '/moderate');
  const db = await getDb();
  const batches = await listBatches(db, { id: actor.id, role: actor.role });
  // Only the staff: a provider's tens of thousands of learners are not read to list a handful of assessors.
  const people = await db.select({ id: profile.userId, name: profile.fullName, role: profile.role }).from(profile).where(inArray(profile.role, ['assessor', 'moderator']));
  const assessors = people.filter((person) => person.role === 'assessor');
  const cohorts = (await listCohorts(db)).map((cohort) => ({ id: cohort.id, name: cohort.name }));
  const moderators = can(actor, 'batch:assign') ? people.filter((person) => person.role === 'moderator') : null;
  return (
    <div className="space-y-10">
      <header>
        <h1 className="text-3xl font-bold">Moderation</h1>
        <p className="mt-3 max-w-3xl text-slate-700">
          Gather assessed records into a batch. A sample is proposed by the provider&apos;s rules, with the reason each record is in it;
          you may add more. Agree with each sampled judgement or refer it back with reasons, then sign the batch to make its records final.
        </p>
        {can(actor, 'registration-number:keep', { relationship: 'self' }) && !actor.registrationNumber ? (
          <p className="mt-3 font-semibold text-amber-900">Add your SETA registration number on your account page before you sign a batch.</p>
        ) : null}
      </header>
      <section aria-labelledby="batches-heading">
        <h2 id="batches-heading" className="text-2xl font-bold">
          Batches
        </h2>
        {batches.length === 0 ? (
          <p className="mt-2 text-slate-700">No batches yet.</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200">
            {batches.map((batch) => (
              <li key={batch.id} className="flex flex-wrap justify-between gap-2 px-4 py-3">
                <Link href={`/moderate/${batch.id}`} className="font-semibold text-brand-800 underline">
                  {batch.name}
                </Link>
                <span className="text-slate-700">
                  {batch.status === 'signed' ? 'Signed' : 'Open'} · moderator {batch.moderatorName} · {formatSastTime(batch.createdAt, 'date')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="create-heading" className="max-w-xl">
        <h2 id="create-heading" className="text-2xl font-bold">
          Gather a new batch
        </h2>
        <p className="mt-1 text-slate-700">Every assessed record not yet in a batch that matches is included.</p>
        <div className="mt-3">
          <CreateBatchForm assessors={assessors.map((person) => ({ id: person.id, name: person.name }))} moderators={moderators?.map((person) => ({ id: person.id, name: person.name })) ?? null} cohorts={cohorts} />
        </div>
      </section>
    </div>
  );
}
