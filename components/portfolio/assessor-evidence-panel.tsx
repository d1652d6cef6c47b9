import { AppLink as Link } from '@/components/ui/app-link';
import { formatSastTime } from '@/lib/format/sast';
import type { AssessorEvidenceEntry } from '@/lib/portfolio/assessor-evidence/list-assessor-evidence';
import { channelLabel } from '@/lib/portfolio/channel-labels';

type Props = { learnerId: string; entries: AssessorEvidenceEntry[] };

/** The evidence the assessor produces about a learner: links to record more, and what is recorded so far. */
export function AssessorEvidencePanel({ learnerId, entries }: Props) {
  const observations = entries.filter((entry) => entry.method === 'observation');
  const interviews = entries.filter((entry) => entry.method === 'interview');
  return (
    <section aria-labelledby="assessor-evidence-heading" className="space-y-4">
      <h2 id="assessor-evidence-heading" className="text-2xl font-bold">
        Observations and verification interviews
      </h2>
      <ul className="flex flex-wrap gap-3">
        <li>
          <Link href={`/assess/learners/${learnerId}/observations/new`} className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
            Record an observation
          </Link>
        </li>
        <li>
          <Link href={`/assess/learners/${learnerId}/interviews/new`} className="inline-flex min-h-11 items-center rounded-md border-2 border-brand-700 px-4 font-semibold text-brand-800">
            Record a verification interview
          </Link>
        </li>
      </ul>
      <EntryList heading="Observations" empty="No observations recorded yet." entries={observations} />
      <EntryList heading="Verification interviews" empty="No verification interviews recorded yet." entries={interviews} />
    </section>
  );
}

function EntryList({ heading, empty, entries }: { heading: string; empty: string; entries: AssessorEvidenceEntry[] }) {
  return (
    <div>
      <h3 className="text-lg font-bold">{heading}</h3>
      {entries.length === 0 ? (
        <p className="text-slate-700">{empty}</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {entries.map((entry) => (
            <li key={entry.evidenceId} className="rounded-md border border-slate-300 p-3">
              <Link href={`/evidence/${entry.method}/${entry.detailId}`} className="font-semibold text-brand-800 underline">
                {entry.title}
              </Link>
              {entry.state === 'withdrawn' ? <span className="ml-2 rounded bg-amber-100 px-2 text-sm font-semibold text-amber-900">Withdrawn</span> : null}
              <span className="block text-sm text-slate-700">
                {formatSastTime(entry.occurredAt, 'medium')}
                {entry.method === 'observation' ? `, ${channelLabel(entry.channel)}; shows ${entry.criteria.length > 0 ? entry.criteria.join(', ') : 'no criterion in full'}` : ''}; signed by {entry.attesterName}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
