import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/require-permission';
import { getCourseContent } from '@/lib/content/course-content';
import { getDb } from '@/lib/db/client';
import { formatSastTime } from '@/lib/format/sast';
import { getPracticalContent } from '@/lib/portfolio/practical-content';
import { readWitnessTestimony } from '@/lib/portfolio/witness/read-testimony';
import { CHANNEL_LABELS, FREQUENCY_LABELS } from '@/lib/portfolio/witness/testimony-schema';

export const metadata: Metadata = { title: 'Witness testimony' };

function label(labels: Readonly<Record<string, string>>, key: string | null): string {
  return (key !== null && Object.hasOwn(labels, key) ? labels[key] : undefined) ?? key ?? 'not given';
}

export default async function WitnessTestimonyPage({ params }: { params: Promise<{ testimonyId: string }> }) {
  const { testimonyId } = await params;
  const current = await requirePermission('evidence:read', { evidence: 'testimony', id: testimonyId }, `/evidence/witness/${testimonyId}`);
  const view = await readWitnessTestimony(await getDb(), { id: current.id, role: current.role }, testimonyId);
  if (!view) notFound();
  const [{ outcomes }, { witness }] = await Promise.all([getCourseContent(), getPracticalContent()]);
  const criteria = outcomes.outcomes.flatMap((outcome) => outcome.criteria);
  const renamed = view.invited.name !== view.confirmed.name || view.invited.role !== view.confirmed.role || view.invited.organisation !== view.confirmed.organisation;
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Witness testimony: {view.confirmed.name}</h1>
        <p className="text-lg text-slate-700">About {view.learnerName}. Signed {formatSastTime(view.signedAt)}.</p>
      </header>

      <section aria-labelledby="witness-heading" className="space-y-2">
        <h2 id="witness-heading" className="text-2xl font-bold">
          The witness
        </h2>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">Name</dt>
          <dd>{view.confirmed.name}</dd>
          <dt className="font-semibold">Role</dt>
          <dd>{view.confirmed.role}</dd>
          <dt className="font-semibold">Organisation</dt>
          <dd>{view.confirmed.organisation}</dd>
          <dt className="font-semibold">Contact given by the learner</dt>
          <dd>{view.invited.contact}</dd>
          <dt className="font-semibold">Signed</dt>
          <dd>
            &ldquo;{view.declarationName}&rdquo;, {formatSastTime(view.signedAt)}, with the declaration: {witness.declaration}
          </dd>
        </dl>
        {renamed ? (
          <p className="rounded-md bg-amber-50 px-4 py-3 text-amber-950">
            The learner named the witness as {view.invited.name}, {view.invited.role}, {view.invited.organisation}; the witness corrected this when signing.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="answers-heading" className="space-y-4">
        <h2 id="answers-heading" className="text-2xl font-bold">
          What the witness saw
        </h2>
        {criteria.map((criterion) => {
          const answer = view.answers[criterion.code];
          return (
            <article key={criterion.code} aria-labelledby={`answer-${criterion.code}`} className="space-y-1 rounded-lg border border-slate-300 p-4">
              <h3 id={`answer-${criterion.code}`} className="font-semibold">
                {criterion.code}: {criterion.text}
              </h3>
              {witness.criteria[criterion.code] ? <p className="text-sm text-slate-700">Asked: {witness.criteria[criterion.code]?.prompt}</p> : null}
              {answer ? (
                <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                  <dt className="font-semibold">What they saw</dt>
                  <dd className="whitespace-pre-line">{answer.saw}</dd>
                  <dt className="font-semibold">How often</dt>
                  <dd>{label(FREQUENCY_LABELS, answer.frequency)}</dd>
                  <dt className="font-semibold">Context</dt>
                  <dd>{answer.context}</dd>
                  <dt className="font-semibold">Channel</dt>
                  <dd>{label(CHANNEL_LABELS, answer.channel)}</dd>
                </dl>
              ) : (
                <p className="text-slate-700">Not seen by the witness (left blank).</p>
              )}
            </article>
          );
        })}
      </section>

      <section aria-labelledby="countersigned-heading" className="space-y-2">
        <h2 id="countersigned-heading" className="text-2xl font-bold">
          Logbook entries countersigned
        </h2>
        {view.countersigned.length === 0 ? (
          <p className="text-slate-700">None.</p>
        ) : (
          <ul className="list-disc pl-6">
            {view.countersigned.map((entry) => (
              <li key={entry.id}>
                {entry.reference}, logged {formatSastTime(entry.loggedAt, 'date')}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="pieces-heading" className="space-y-2">
        <h2 id="pieces-heading" className="text-2xl font-bold">
          Evidence in the portfolio
        </h2>
        <ul className="list-disc pl-6">
          {view.pieces.map((piece) => (
            <li key={piece.id}>
              {label(CHANNEL_LABELS, piece.channel)}: {piece.criteria.join(', ')}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
