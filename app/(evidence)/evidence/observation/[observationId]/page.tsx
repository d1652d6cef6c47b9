import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EvidenceBackLink } from '@/components/portfolio/evidence-back-link';
import { ObservationDetail } from '@/components/portfolio/observation-detail';
import { WithdrawObservationForm } from '@/components/portfolio/withdraw-observation-form';
import { requirePermission } from '@/lib/auth/require-permission';
import { getCourseContent } from '@/lib/content/course-content';
import { getDb } from '@/lib/db/client';
import { formatSastTime } from '@/lib/format/sast';
import { readObservation } from '@/lib/portfolio/observation/read-observation';
import { getPracticalContent } from '@/lib/portfolio/practical-content';

export const metadata: Metadata = { title: 'Observation' };

/** A signed observation for the learner, their assessor, the moderator of their batch or an administrator; 404 for anyone else. */
export default async function ObservationPage({ params }: { params: Promise<{ observationId: string }> }) {
  const { observationId } = await params;
  const viewer = await requirePermission('evidence:read', { evidence: 'observation', id: observationId }, `/evidence/observation/${observationId}`);
  const observation = await readObservation(await getDb(), { id: viewer.id, role: viewer.role }, observationId);
  if (!observation) notFound();
  const [{ observations }, { outcomes }] = await Promise.all([getPracticalContent(), getCourseContent()]);
  const criteria = Object.fromEntries(outcomes.outcomes.flatMap((outcome) => outcome.criteria.map((criterion) => [criterion.code, criterion.text])));
  return (
    <div className="space-y-6">
      <EvidenceBackLink viewer={{ id: viewer.id, role: viewer.role }} learnerId={observation.learnerId} learnerName={observation.learnerName} />
      <header>
        <p className="text-slate-700">Observation of {observation.learnerName}</p>
        <h1 className="text-3xl font-bold">{observation.title}</h1>
        {observation.withdrawal || observation.state === 'withdrawn' ? (
          <p className="mt-3 rounded-md bg-amber-50 px-4 py-3 font-semibold text-amber-900">
            Withdrawn{observation.withdrawal ? ` ${formatSastTime(observation.withdrawal.at)}` : ''}: it no longer counts as evidence.
            {observation.withdrawal ? <span className="block font-normal">Reason: {observation.withdrawal.reason}</span> : null}
          </p>
        ) : null}
      </header>
      <ObservationDetail observation={observation} scenario={observations.find((scenario) => scenario.id === observation.scenarioId) ?? null} criteria={criteria} />
      {observation.canWithdraw ? <WithdrawObservationForm observationId={observation.id} /> : null}
    </div>
  );
}
