import type { Channel } from '@/lib/db/schema/portfolio';
import { CHANNEL_LABELS } from '@/lib/portfolio/channel-labels';

export type CriterionText = { code: string; text: string };

/** A brief's channel, length and the criteria a kept recording claims. */
export function BriefSummary({ channel, minutes, criteria }: { channel: Channel; minutes: number; criteria: CriterionText[] }) {
  return (
    <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
      <dt className="font-semibold">Channel</dt>
      <dd>{CHANNEL_LABELS[channel]}</dd>
      <dt className="font-semibold">Length</dt>
      <dd>About {minutes} minutes</dd>
      <dt className="font-semibold">Evidence for</dt>
      <dd>
        <ul className="space-y-1">
          {criteria.map((criterion) => (
            <li key={criterion.code}>
              <span className="font-semibold">{criterion.code}</span> {criterion.text}
            </li>
          ))}
        </ul>
      </dd>
    </dl>
  );
}
