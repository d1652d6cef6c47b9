import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BriefSummary } from '@/components/role-play/brief-summary';
import { RecordingReview } from '@/components/role-play/recording-review';
import { AppLink as Link } from '@/components/ui/app-link';
import { homeFor } from '@/lib/auth/current-user';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { formatSastTime } from '@/lib/format/sast';
import { getPracticalContent } from '@/lib/portfolio/practical-content';
import { briefCriteria } from '@/lib/portfolio/role-play/brief-criteria';
import { readRecordingForViewer } from '@/lib/portfolio/role-play/read-recording';
import { removedFileMessage } from '@/lib/privacy/removed-file';

export const metadata: Metadata = { title: 'Role-play recording' };

export default async function RolePlayRecordingPage({ params }: { params: Promise<{ recordingId: string }> }) {
  const { recordingId } = await params;
  const viewer = await requirePermission('evidence:read', { evidence: 'recording', id: recordingId }, `/evidence/role-play/${encodeURIComponent(recordingId)}`);
  const view = await readRecordingForViewer(await getDb(), { id: viewer.id, role: viewer.role }, recordingId);
  if (!view) notFound();
  const brief = (await getPracticalContent()).rolePlays.find((candidate) => candidate.id === view.briefId);
  if (!brief) notFound();
  const criteria = await briefCriteria(brief);
  const own = view.relationship === 'self';
  const emptyNotes = view.notesAwaitSignature
    ? 'Your assessor’s notes appear here once your judgement is signed.'
    : own
      ? 'Your assessor left no notes on this recording.'
      : 'No notes yet.';
  return (
    <div className="space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        {own ? (
          <Link href="/portfolio/role-plays" className="text-brand-700 underline underline-offset-2">
            Role-plays
          </Link>
        ) : (
          <Link href={homeFor(viewer.role)} className="text-brand-700 underline underline-offset-2">
            Home
          </Link>
        )}
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{view.name}</span>
      </nav>
      <header className="space-y-2">
        <p className="font-semibold text-slate-700">Role-play recording{own ? '' : ` by ${view.learnerName}`}</p>
        <h1 className="text-3xl font-bold">{brief.title}</h1>
        <p className="text-slate-700">
          &ldquo;{view.name}&rdquo;, kept {formatSastTime(view.keptAt)}.
        </p>
        {view.state === 'withdrawn' ? (
          <p className="rounded-md bg-amber-50 px-4 py-3 text-amber-900">
            Withdrawn by the learner: it no longer counts as evidence and is kept for the audit trail only.
          </p>
        ) : null}
      </header>
      <RecordingReview
        recordingId={view.id}
        title={brief.title}
        video={view.mediaType.startsWith('video/')}
        criteria={criteria.map(({ code, text }) => ({ code, text }))}
        notes={view.notes.map((note) => ({ id: note.id, atSeconds: note.atSeconds, criterion: note.criterion, note: note.note, authorName: note.authorName, authorRole: note.authorRole }))}
        canNote={view.canNote && !view.removedAt}
        emptyNotes={emptyNotes}
        removedMessage={view.removedAt ? removedFileMessage(view.removedAt) : undefined}
      />
      <section aria-labelledby="listen-heading" className="space-y-3">
        <h2 id="listen-heading" className="text-2xl font-bold">
          What to listen for
        </h2>
        <dl className="space-y-3">
          {criteria.map((criterion) => (
            <div key={criterion.code}>
              <dt className="font-semibold">
                {criterion.code} {criterion.text}
              </dt>
              <dd className="text-slate-800">{criterion.lookFor}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="brief-heading" className="space-y-3">
        <h2 id="brief-heading" className="text-2xl font-bold">
          The brief
        </h2>
        <BriefSummary channel={brief.channel} minutes={brief.minutes} criteria={criteria} />
        <p>{brief.learnerBrief}</p>
        {own ? null : (
          <details>
            <summary className="cursor-pointer font-semibold">The customer&rsquo;s script</summary>
            <p className="mt-2">{brief.customerScript}</p>
          </details>
        )}
      </section>
    </div>
  );
}
