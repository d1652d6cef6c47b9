import { formatSastTime } from '@/lib/format/sast';
import type { ObservationView } from '@/lib/portfolio/observation/read-observation';
import { channelLabel } from '@/lib/portfolio/channel-labels';
import type { ObservationScenario } from '@/lib/portfolio/practical-schemas';

type Props = { observation: ObservationView; scenario: ObservationScenario | null; criteria: Record<string, string> };

/** A signed observation, read-only: the interaction, each behaviour as marked, and the signature. */
export function ObservationDetail({ observation, scenario, criteria }: Props) {
  const behaviourText = (code: string, id: string) => scenario?.checklist[code]?.find((behaviour) => behaviour.id === id)?.behaviour ?? id;
  return (
    <div className="space-y-6">
      {scenario ? <p className="max-w-prose text-slate-800">{scenario.setting}</p> : null}
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Live or simulated</dt>
        <dd>{observation.live ? 'Live, at work' : 'Simulated'}</dd>
        <dt className="font-semibold">Channel</dt>
        <dd>{channelLabel(observation.channel)}</dd>
        <dt className="font-semibold">When (SAST)</dt>
        <dd>
          {formatSastTime(observation.occurredAt)}, {observation.durationMinutes} minutes
        </dd>
        <dt className="font-semibold">Place</dt>
        <dd>{observation.place}</dd>
        <dt className="font-semibold">Context</dt>
        <dd className="whitespace-pre-line">{observation.context}</dd>
        <dt className="font-semibold">Criteria shown</dt>
        <dd>{observation.criteria.length > 0 ? observation.criteria.join(', ') : 'None in full: some behaviour of each criterion was not observed.'}</dd>
      </dl>
      <section aria-labelledby="behaviours-heading" className="space-y-3">
        <h2 id="behaviours-heading" className="text-xl font-bold">
          Checklist
        </h2>
        {Object.entries(observation.behaviours).map(([code, behaviours]) => (
          <section key={code} aria-label={code} className="rounded-lg border border-slate-300 p-4">
            <h3 className="font-semibold">
              {code} {criteria[code] ?? ''}: {observation.criteria.includes(code) ? 'shown' : 'not shown in full'}
            </h3>
            <ul className="mt-2 space-y-2">
              {Object.entries(behaviours).map(([id, mark]) => (
                <li key={id}>
                  <span className={`font-semibold ${mark.observed ? 'text-emerald-800' : 'text-red-800'}`}>{mark.observed ? '✓ Observed' : '✗ Not observed'}:</span> {behaviourText(code, id)}
                  {mark.note ? <span className="block whitespace-pre-line text-slate-800">Note: {mark.note}</span> : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
      <p className="text-slate-800">
        Signed by {observation.signatureName}, registration {observation.signatureRegistration}, {formatSastTime(observation.signedAt)}.
      </p>
    </div>
  );
}
