import type { JudgementView } from '@/lib/assessing/read-for-assessor';
import { formatSastTime } from '@/lib/format/sast';


/** A signed judgement, read-only: it is never edited after signing. */
export function SignedJudgement({ judgement, criteria }: { judgement: JudgementView; criteria: { code: string; text: string }[] }) {
  return (
    <section aria-label={`Signed judgement, round ${judgement.round}`} className="rounded-lg border-2 border-slate-400 p-4">
      <h2 className="text-xl font-bold">
        Signed: {judgement.outcome === 'competent' ? 'Competent' : 'Not Yet Competent'}
        {judgement.round > 1 ? ` (round ${judgement.round})` : ''}
      </h2>
      <p className="text-slate-800">
        By {judgement.signatureName}, registration {judgement.signatureRegistration}
        {judgement.signedAt ? `, ${formatSastTime(judgement.signedAt)}` : ''}
      </p>
      <ul className="mt-3 space-y-1">
        {criteria.map((criterion) => {
          const entry = judgement.judgements[criterion.code];
          return (
            <li key={criterion.code}>
              <span className="font-semibold">{criterion.code}</span> {entry?.met ? 'met' : 'not yet met'}
              {entry?.comment ? <span className="text-slate-700"> — {entry.comment}</span> : null}
            </li>
          );
        })}
      </ul>
      {judgement.feedback ? <p className="mt-3 whitespace-pre-line">Feedback: {judgement.feedback}</p> : null}
    </section>
  );
}
