import { RecordSection } from '@/components/record/record-parts';
import { criterionLabel, formatFileSize, judgementLabel, mediaTypeLabel, shortHash } from '@/lib/record/format-record';
import { SECTION_TITLES } from '@/lib/record/record-fields';
import type { RecordOfLearning } from '@/lib/record/record-schema';

/** The tabular sections of the record: activities, evidence and results per outcome. */

type Props = { record: RecordOfLearning };

const NOT_ASSESSED = 'Not assessed';
const TABLE = 'w-full border-collapse text-left text-sm print:text-[9.5pt]';
const TH = 'border-b-2 border-slate-900 py-2 pr-3 align-bottom font-semibold';
const TD = 'border-b border-slate-300 py-2 pr-3 align-top print:border-slate-500';

export function ActivitiesTable({ record }: Props) {
  return (
    <RecordSection id="activities" title={SECTION_TITLES.activities}>
      <div className="relative overflow-x-auto print:overflow-visible">
        {/* The site's print rules keep tables whole; this one may break between its rows. */}
        <table className={`${TABLE} print:break-inside-auto!`}>
          <thead>
            <tr>
              <th scope="col" className={TH}>
                Activity
              </th>
              <th scope="col" className={TH}>
                Assessment criteria
              </th>
              <th scope="col" className={TH}>
                Result
              </th>
            </tr>
          </thead>
          <tbody>
            {record.activities.map((activity) => (
              <tr key={activity.title} className="print:break-inside-avoid">
                <th scope="row" className={`${TD} font-semibold`}>
                  {activity.title}
                  <span className="block font-normal text-slate-700 print:text-black">{activity.summary}</span>
                </th>
                <td className={TD}>{activity.acs.join(', ')}</td>
                <td className={`${TD} whitespace-nowrap`}>
                  {activity.result === null ? NOT_ASSESSED : judgementLabel(activity.result)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </RecordSection>
  );
}

export function EvidenceTable({ record }: Props) {
  return (
    <RecordSection id="evidence" title={SECTION_TITLES.evidence}>
      {record.evidence.length === 0 ? (
        <p>No evidence files submitted.</p>
      ) : (
        <div className="relative overflow-x-auto print:overflow-visible">
          <table className={`${TABLE} min-w-[36rem] table-fixed print:min-w-0 print:break-inside-auto!`}>
            <thead>
              <tr>
                <th scope="col" className={`${TH} w-[34%]`}>
                  File
                </th>
                <th scope="col" className={`${TH} w-[18%]`}>
                  Type
                </th>
                <th scope="col" className={`${TH} w-[12%]`}>
                  Size
                </th>
                <th scope="col" className={`${TH} w-[36%]`}>
                  SHA-256
                </th>
              </tr>
            </thead>
            <tbody>
              {record.evidence.map((file) => (
                <tr key={file.sha256} className="print:break-inside-avoid">
                  <th scope="row" className={`${TD} font-normal wrap-anywhere`}>
                    {file.name}
                  </th>
                  <td className={TD}>{mediaTypeLabel(file.mediaType)}</td>
                  <td className={`${TD} whitespace-nowrap`}>{formatFileSize(file.size)}</td>
                  <td className={`${TD} font-mono text-xs`}>
                    {/* The short form is for the eye; the full value is read out and printed. */}
                    <span aria-hidden="true" className="whitespace-nowrap print:hidden">
                      {shortHash(file.sha256)}
                    </span>
                    <span className="sr-only print:not-sr-only print:block print:break-all print:text-[7.5pt]">
                      {file.sha256}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </RecordSection>
  );
}

export function OutcomeResults({ record }: Props) {
  return (
    <RecordSection id="outcomes" title={SECTION_TITLES.outcomes} className="space-y-6 print:space-y-4">
      {record.outcomes.map((outcome) => (
        <div key={outcome.code} className="print:break-inside-avoid">
          <h3 id={`record-${outcome.code}`} className="mb-2 font-bold">
            {outcome.code}: {outcome.title}
            <span className="ml-2 inline-block rounded border border-slate-900 px-2 text-sm">
              {outcome.result === null ? NOT_ASSESSED : judgementLabel(outcome.result)}
            </span>
          </h3>
          <div className="relative overflow-x-auto print:overflow-visible">
            {/* Fixed layout: the three outcome tables line up column for column. */}
            <table className={`${TABLE} min-w-[36rem] table-fixed print:min-w-0`} aria-labelledby={`record-${outcome.code}`}>
              <thead>
                <tr>
                  <th scope="col" className={`${TH} w-1/2`}>
                    Criterion
                  </th>
                  <th scope="col" className={`${TH} w-28`}>
                    Result
                  </th>
                  <th scope="col" className={TH}>
                    Comment
                  </th>
                </tr>
              </thead>
              <tbody>
                {outcome.criteria.map((criterion) => (
                  <tr key={criterion.code}>
                    <th scope="row" className={`${TD} font-normal`}>
                      <span className="font-semibold">{criterion.code}</span> {criterion.text}
                    </th>
                    <td className={`${TD} whitespace-nowrap`}>{criterionLabel(criterion.met)}</td>
                    <td className={TD}>{criterion.comment ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </RecordSection>
  );
}
