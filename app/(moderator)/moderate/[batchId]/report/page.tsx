import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PrintButton } from '@/components/ui/print-button';
import { requirePermission } from '@/lib/auth/require-permission';
import { getCourseContent } from '@/lib/content/course-content';
import { getDb } from '@/lib/db/client';
import { summariseBatch } from '@/lib/moderation/batch-summary';
import { explainRules } from '@/lib/moderation/propose-sample';
import { readBatch } from '@/lib/moderation/read-batch';
import { readSettings } from '@/lib/settings/settings-store';
import { formatSastTime } from '@/lib/format/sast';
import { unitStandardLine } from '@/lib/content/registration-status';

export const metadata: Metadata = { title: 'Moderation report' };


export default async function ModerationReportPage({ params }: { params: Promise<{ batchId: string }> }) {
  const { batchId } = await params;
  const actor = await requirePermission('batch:read', { batchId }, `/moderate/${batchId}/report`);
  const db = await getDb();
  const batch = await readBatch(db, { id: actor.id, role: actor.role }, batchId);
  if (!batch) notFound();
  const [{ course }, settings] = await Promise.all([getCourseContent(), readSettings(db)]);
  const summary = summariseBatch(batch);
  const sampled = batch.records.filter((record) => record.sampled);
  return (
    <article className="max-w-4xl space-y-6 print:max-w-none">
      <div className="no-print">
        <PrintButton label="Print or save the report as PDF" />
      </div>
      <header>
        <h1 className="text-3xl font-bold">Internal moderation report</h1>
        <p className="mt-1 text-lg">{batch.name}</p>
        {batch.status !== 'signed' ? <p className="mt-2 border-2 border-dashed border-amber-700 p-2 font-bold">NOT FINAL: this batch is not signed yet.</p> : null}
      </header>
      <section aria-labelledby="report-facts">
        <h2 id="report-facts" className="text-xl font-bold">
          Provider and unit standard
        </h2>
        <dl className="mt-2 grid grid-cols-[14rem_1fr] gap-y-1">
          <dt className="font-semibold">Provider</dt>
          <dd>{settings.providerName || '—'}</dd>
          <dt className="font-semibold">Accreditation number</dt>
          <dd>{settings.accreditationNumber || '—'}</dd>
          <dt className="font-semibold">Unit standard</dt>
          <dd>
            {course.unitStandard.title} ({unitStandardLine(course.unitStandard)})
          </dd>
          <dt className="font-semibold">Assessors</dt>
          <dd>{summary.assessors.join(', ')}</dd>
          <dt className="font-semibold">Moderator</dt>
          <dd>{batch.moderatorName}</dd>
          <dt className="font-semibold">Records assessed</dt>
          <dd>
            {summary.total} ({summary.competent} Competent, {summary.notYetCompetent} Not Yet Competent)
          </dd>
          <dt className="font-semibold">Sample</dt>
          <dd>
            {summary.sampled} records, {summary.percent}% of the batch
          </dd>
          <dt className="font-semibold">Decisions</dt>
          <dd>
            {summary.agreed} agreed; {summary.referrals} referral{summary.referrals === 1 ? '' : 's'} back to the assessor
          </dd>
        </dl>
      </section>
      <section aria-labelledby="report-rules">
        <h2 id="report-rules" className="text-xl font-bold">
          Sampling rules
        </h2>
        <ul className="mt-1 list-disc pl-6">
          {explainRules({ competentPercent: batch.rules.competentPercent, firstDecisionsPerAssessor: batch.rules.firstDecisionsPerAssessor }).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="report-records">
        <h2 id="report-records" className="text-xl font-bold">
          Sampled records
        </h2>
        <table className="mt-2 w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="py-1 pr-3">Learner</th>
              <th scope="col" className="py-1 pr-3">Assessor, decision</th>
              <th scope="col" className="py-1 pr-3">Why sampled</th>
              <th scope="col" className="py-1">Moderation, reasons and comments</th>
            </tr>
          </thead>
          <tbody>
            {sampled.map((record) => (
              <tr key={record.submissionId} className="border-b border-slate-300 align-top">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {record.learnerName}
                </th>
                <td className="py-1 pr-3">
                  {record.assessorName}, {record.outcome === 'competent' ? 'Competent' : 'Not Yet Competent'}
                </td>
                <td className="py-1 pr-3">{record.reasons.join('; ')}</td>
                <td className="py-1">
                  {record.decisions.length === 0
                    ? 'Not decided yet'
                    : record.decisions.map((decision) => (
                        <p key={decision.decidedAt.toISOString()}>
                          {decision.decision === 'agree' ? 'Agreed' : 'Referred back'} ({formatSastTime(decision.decidedAt)})
                          {Object.entries(decision.reasons).map(([code, reason]) => ` · ${code}: ${reason}`)}
                          {decision.comment ? ` · ${decision.comment}` : ''}
                        </p>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="report-signoff">
        <h2 id="report-signoff" className="text-xl font-bold">
          Sign-off
        </h2>
        {batch.signedAt ? (
          <p className="mt-1">
            Signed by {batch.signatureName}, moderator registration number {batch.signatureRegistration}, on {formatSastTime(batch.signedAt)}. An electronic signature: the typed
            name with an authenticated, time-stamped action.
          </p>
        ) : (
          <p className="mt-1">Moderator: ______________________ Registration number: ______________ Date: __________</p>
        )}
      </section>
    </article>
  );
}
