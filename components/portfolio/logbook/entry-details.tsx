import type { ReactNode } from 'react';
import { formatSastTime } from '@/lib/format/sast';
import type { LogbookEntryView } from '@/lib/portfolio/logbook/entry-view';
import { CHANNEL_LABELS } from '@/lib/portfolio/logbook/labels';
import { LEVEL_NAMES, PRIORITY_NAMES } from '@/lib/sla/priority';
import { formatReadable } from '@/lib/sla/time';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="sm:grid sm:grid-cols-[12rem_1fr] sm:gap-3">
      <dt className="font-semibold text-slate-900">{term}</dt>
      <dd className="text-slate-800">{children}</dd>
    </div>
  );
}

/** When something happened against when it was due, both in SAST (24-hour) whatever the browser's locale. */
function Against({ done, due, verb }: { done: Date | null; due: Date; verb: string }) {
  return (
    <>
      Due {formatReadable(due)}
      <span className="block">{done ? `${verb} ${formatReadable(done)}${done <= due ? ' (in time)' : ' (after the target)'}` : `Not ${verb.toLowerCase()} yet`}</span>
    </>
  );
}

/** One logbook entry in full, with the SLA's flags: the same view for the learner, the assessor and the moderator. */
export function EntryDetails({ entry, headingLevel = 3 }: { entry: LogbookEntryView; headingLevel?: 2 | 3 }) {
  const SubHeading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="space-y-3">
      {entry.flags.length > 0 ? (
        <div className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-3">
          <SubHeading className="font-bold text-amber-950">
            {entry.flags.length === 1 ? 'Flag' : 'Flags'} from the SLA check
          </SubHeading>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-amber-950">
            {entry.flags.map((flag) => (
              <li key={flag}>{flag}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <dl className="space-y-2">
        <Row term="Kind">{entry.simulated ? 'Simulated ticket' : 'Real ticket'}</Row>
        <Row term="Logged">
          {formatReadable(entry.loggedAt)} by {CHANNEL_LABELS[entry.channel].toLowerCase()}
        </Row>
        <Row term="Customer">{entry.customer}</Row>
        <Row term="What they needed">
          <span className="whitespace-pre-line">{entry.description}</span>
        </Row>
        <Row term="Impact and urgency">
          {LEVEL_NAMES[entry.impact]} impact, {LEVEL_NAMES[entry.urgency]} urgency: the grid gives {entry.gridPriority}
        </Row>
        <Row term="Priority assigned">
          {entry.priority} ({PRIORITY_NAMES[entry.priority]})
        </Row>
        <Row term="Response">
          <Against done={entry.respondedAt} due={entry.responseDueAt} verb="Responded" />
        </Row>
        <Row term="Resolution">
          <Against done={entry.resolvedAt} due={entry.resolutionDueAt} verb="Resolved" />
        </Row>
        <Row term="Escalations">
          {entry.escalations.length === 0 ? (
            'None'
          ) : (
            <ol className="list-decimal space-y-1 pl-5">
              {entry.escalations.map((escalation) => (
                <li key={`${escalation.at.toISOString()}-${escalation.to}`}>
                  To {escalation.to}, {formatReadable(escalation.at)}: {escalation.why}
                </li>
              ))}
            </ol>
          )}
        </Row>
        <Row term="Follow-up">{entry.followUp ? `${formatReadable(entry.followUp.at)}: ${entry.followUp.how}` : 'None recorded'}</Row>
        <Row term="Criteria claimed">{entry.criteria.join(', ')}</Row>
      </dl>
      {entry.countersignedBy && entry.countersignedAt ? (
        <p className="font-semibold text-emerald-900">
          Countersigned by {entry.countersignedBy} on {formatSastTime(entry.countersignedAt, 'longDate')}
        </p>
      ) : null}
    </div>
  );
}
