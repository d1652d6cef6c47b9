import { WithdrawRecordingForm } from '@/components/role-play/withdraw-recording-form';
import { formatSastTime } from '@/lib/format/sast';
import { formatClock } from '@/lib/portfolio/role-play/clock-time';
import type { OwnRecording } from '@/lib/portfolio/role-play/list-own-recordings';

const STATE_LABELS: Record<OwnRecording['state'], string> = {
  draft: 'Draft',
  submitted: 'Kept as evidence',
  signed: 'Signed',
  withdrawn: 'Withdrawn',
};

/** The learner's kept recordings for one brief, each opening its playback page, with withdrawal where allowed. */
export function KeptRecordings({ recordings, title }: { recordings: OwnRecording[]; title: string }) {
  if (recordings.length === 0) return <p className="text-slate-700">You have not kept a recording of this role-play yet.</p>;
  return (
    <ul aria-label={`Your recordings of ${title}`} className="divide-y divide-slate-200 rounded-md border border-slate-200">
      {recordings.map((item) => (
        <li key={item.id} className="space-y-2 px-3 py-3">
          <p>
            <a href={`/evidence/role-play/${item.id}`} className="font-semibold text-brand-700 underline">
              {item.name}
            </a>{' '}
            <span className="text-sm text-slate-700">
              kept {formatSastTime(item.keptAt, 'medium')}
              {item.durationSeconds !== null ? `, ${formatClock(item.durationSeconds)} long` : ''}
            </span>
          </p>
          <p className="text-sm">
            <span className="font-semibold">{STATE_LABELS[item.state]}</span>
            {item.reliedOn ? ': a signed judgement relies on it, so it stays in your portfolio.' : ''}
          </p>
          {item.reliedOn ? null : <WithdrawRecordingForm recordingId={item.id} name={item.name} withdrawn={item.state === 'withdrawn'} />}
        </li>
      ))}
    </ul>
  );
}
