import type { AssessorView } from '@/lib/assessing/read-for-assessor';
import { formatSastTime } from '@/lib/format/sast';


/** Every moderator decision on the record, with the reasons for each referral. */
export function ModerationHistory({ entries }: { entries: AssessorView['moderation'] }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="moderation-history" className="rounded-lg border-2 border-amber-700 bg-amber-50 p-4">
      <h2 id="moderation-history" className="text-xl font-bold">
        Moderation
      </h2>
      <ol className="mt-2 space-y-3">
        {entries.map((entry) => (
          <li key={entry.decidedAt.toISOString()}>
            <p className="font-semibold">
              {entry.decision === 'agree' ? 'Agreed' : 'Referred back'} by {entry.moderatorName} on {formatSastTime(entry.decidedAt)} (assessment round {entry.round})
            </p>
            {Object.keys(entry.reasons).length > 0 ? (
              <ul className="list-disc pl-6">
                {Object.entries(entry.reasons).map(([code, reason]) => (
                  <li key={code}>
                    <span className="font-semibold">{code}:</span> {reason}
                  </li>
                ))}
              </ul>
            ) : null}
            {entry.comment ? <p>Comment: {entry.comment}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
