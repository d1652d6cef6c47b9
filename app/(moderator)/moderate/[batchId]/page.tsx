import type { Metadata } from 'next';
import { AppLink as Link } from '@/components/ui/app-link';
import { notFound } from 'next/navigation';
import { AddToSampleForm, SignBatchForm } from '@/components/moderation/batch-forms';
import { STATUS_LABELS } from '@/lib/assessment/status-labels';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { summariseBatch } from '@/lib/moderation/batch-summary';
import { explainRules } from '@/lib/moderation/propose-sample';
import { readBatch } from '@/lib/moderation/read-batch';

export const metadata: Metadata = { title: 'Moderation batch' };

export default async function BatchPage({ params, searchParams }: { params: Promise<{ batchId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { batchId } = await params;
  const actor = await requirePermission('batch:read', { batchId }, `/moderate/${batchId}`);
  const batch = await readBatch(await getDb(), { id: actor.id, role: actor.role }, batchId);
  if (!batch) notFound();
  const summary = summariseBatch(batch);
  const query = await searchParams;
  const decided = query.decided;
  const signedCount = Number(query.signed ?? 0);
  const isModerator = actor.id === batch.moderatorId;
  return (
    <div className="space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/moderate" className="text-brand-700 underline underline-offset-2">
          Moderation
        </Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{batch.name}</span>
      </nav>
      <header>
        <h1 className="text-3xl font-bold">{batch.name}</h1>
        {signedCount > 0 ? (
          <p className="mt-3 rounded-md bg-emerald-50 px-4 py-3 font-semibold text-emerald-900">
            Batch signed. {signedCount} record{signedCount === 1 ? ' is' : 's are'} now final.
          </p>
        ) : null}
        {decided ? <p className="mt-3 rounded-md bg-emerald-50 px-4 py-3 font-semibold text-emerald-900">{decided === 'agree' ? 'Agreed.' : 'Referred back to the assessor with your reasons.'}</p> : null}
        <p className="mt-2">
          {batch.status === 'signed' ? `Signed by ${batch.signatureName} (${batch.signatureRegistration})` : `Open · moderator ${batch.moderatorName}`} ·{' '}
          <Link href={`/moderate/${batch.id}/report`} className="text-brand-700 underline">
            Moderation report
          </Link>
        </p>
        <p className="mt-2 text-slate-800">
          {summary.sampled} of {summary.total} records sampled ({summary.percent}%): {summary.agreed} agreed, {summary.waiting} waiting for you, {summary.withAssessor} with the assessor after referral.
        </p>
      </header>
      <section aria-labelledby="rules-heading">
        <h2 id="rules-heading" className="text-xl font-bold">
          Sampling rules used
        </h2>
        <ul className="mt-2 list-disc pl-6">
          {explainRules({ competentPercent: batch.rules.competentPercent, firstDecisionsPerAssessor: batch.rules.firstDecisionsPerAssessor }).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="records-heading">
        <h2 id="records-heading" className="text-xl font-bold">
          Records
        </h2>
        <div className="mt-2 relative overflow-x-auto">
          <table className="w-full min-w-[44rem] border-collapse text-left">
            <caption className="sr-only">Records in the batch, with why each sampled one is in the sample</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-4">Learner</th>
                <th scope="col" className="py-2 pr-4">Assessor and decision</th>
                <th scope="col" className="py-2 pr-4">In the sample because</th>
                <th scope="col" className="py-2">State</th>
              </tr>
            </thead>
            <tbody>
              {batch.records.map((record) => (
                <tr key={record.submissionId} className="border-b border-slate-200 align-top">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    {record.sampled ? (
                      <Link href={`/moderate/${batch.id}/${record.submissionId}`} className="font-semibold text-brand-800 underline">
                        {record.learnerName}
                      </Link>
                    ) : (
                      record.learnerName
                    )}
                  </th>
                  <td className="py-2 pr-4">
                    {record.assessorName}: {record.outcome === 'competent' ? 'Competent' : 'Not Yet Competent'}
                  </td>
                  <td className="py-2 pr-4">
                    {record.sampled ? (
                      <ul className="list-disc pl-5">
                        {record.reasons.map((reason) => (
                          <li key={reason}>{reason}</li>
                        ))}
                      </ul>
                    ) : batch.status === 'open' && isModerator ? (
                      <AddToSampleForm batchId={batch.id} submissionId={record.submissionId} learnerName={record.learnerName} />
                    ) : (
                      'Not sampled'
                    )}
                  </td>
                  <td className="py-2">
                    {STATUS_LABELS[record.status]}{' '}
                    <Link href={`/record/${record.learnerId}`} className="text-brand-700 underline">
                      Record<span className="sr-only"> of {record.learnerName}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {batch.status === 'open' && isModerator ? (
        <section aria-labelledby="sign-heading" className="max-w-xl rounded-lg border-2 border-brand-700 p-4">
          <h2 id="sign-heading" className="text-xl font-bold">
            Sign the batch
          </h2>
          <SignBatchForm batchId={batch.id} ready={summary.ready} registrationNumber={actor.registrationNumber} />
        </section>
      ) : null}
    </div>
  );
}
