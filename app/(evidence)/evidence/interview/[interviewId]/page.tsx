import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EvidenceBackLink } from '@/components/portfolio/evidence-back-link';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { formatSastTime } from '@/lib/format/sast';
import { readInterview } from '@/lib/portfolio/interview/read-interview';

export const metadata: Metadata = { title: 'Verification interview' };

/** A signed verification interview for the learner, their assessor, the moderator of their batch or an administrator; 404 for anyone else. */
export default async function InterviewPage({ params }: { params: Promise<{ interviewId: string }> }) {
  const { interviewId } = await params;
  const viewer = await requirePermission('evidence:read', { evidence: 'interview', id: interviewId }, `/evidence/interview/${interviewId}`);
  const interview = await readInterview(await getDb(), { id: viewer.id, role: viewer.role }, interviewId);
  if (!interview) notFound();
  return (
    <div className="space-y-6">
      <EvidenceBackLink viewer={{ id: viewer.id, role: viewer.role }} learnerId={interview.learnerId} learnerName={interview.learnerName} />
      <header>
        <p className="text-slate-700">Verification interview with {interview.learnerName}</p>
        <h1 className="text-3xl font-bold">{interview.verdict === 'authentic' ? 'Work found authentic' : 'Doubts about authenticity'}</h1>
      </header>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Concerns</dt>
        <dd>{interview.attemptNumber ? `Attempt ${interview.attemptNumber}` : 'No particular attempt'}</dd>
        <dt className="font-semibold">When (SAST)</dt>
        <dd>{formatSastTime(interview.occurredAt)}</dd>
        <dt className="font-semibold">Notes</dt>
        <dd className="whitespace-pre-line">{interview.notes || 'None.'}</dd>
      </dl>
      <section aria-labelledby="questions-heading" className="space-y-3">
        <h2 id="questions-heading" className="text-xl font-bold">
          Questions and answers
        </h2>
        <ol className="space-y-3">
          {interview.questions.map((entry, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a signed interview's questions never change order
            <li key={index} className="rounded-lg border border-slate-300 p-4">
              <p className="font-semibold">
                Question {index + 1}: <span className="whitespace-pre-line font-normal">{entry.question}</span>
              </p>
              <p className="mt-1">
                <span className="font-semibold">Answer:</span> <span className="whitespace-pre-line">{entry.answer}</span>
              </p>
            </li>
          ))}
        </ol>
      </section>
      <p className="text-slate-800">
        Signed by {interview.signatureName}, registration {interview.signatureRegistration}, {formatSastTime(interview.signedAt)}.
      </p>
    </div>
  );
}
