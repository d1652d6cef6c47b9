import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BriefSummary } from '@/components/role-play/brief-summary';
import { KeptRecordings } from '@/components/role-play/kept-recordings';
import { Recorder } from '@/components/role-play/recorder';
import { UploadRecording } from '@/components/role-play/upload-recording';
import { AppLink as Link } from '@/components/ui/app-link';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { getPracticalContent } from '@/lib/portfolio/practical-content';
import { briefCriteria } from '@/lib/portfolio/role-play/brief-criteria';
import { listOwnRecordings } from '@/lib/portfolio/role-play/list-own-recordings';
import { readSettings } from '@/lib/settings/settings-store';

export const metadata: Metadata = { title: 'Record a role-play' };

export default async function RecordRolePlayPage({ params }: { params: Promise<{ briefId: string }> }) {
  const { briefId } = await params;
  const learner = await requirePermission('recording:keep', { self: true }, `/portfolio/role-plays/${encodeURIComponent(briefId)}`);
  const brief = (await getPracticalContent()).rolePlays.find((candidate) => candidate.id === briefId);
  if (!brief) notFound();
  const db = await getDb();
  const [criteria, recordings, settings] = await Promise.all([briefCriteria(brief), listOwnRecordings(db, learner.id), readSettings(db)]);
  return (
    <div className="space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/learn" className="text-brand-700 underline underline-offset-2">
          My learning
        </Link>
        <span aria-hidden="true"> › </span>
        <Link href="/portfolio/role-plays" className="text-brand-700 underline underline-offset-2">
          Role-plays
        </Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{brief.title}</span>
      </nav>
      <header className="space-y-4">
        <h1 className="text-3xl font-bold">{brief.title}</h1>
        <BriefSummary channel={brief.channel} minutes={brief.minutes} criteria={criteria} />
        <div>
          <h2 className="text-xl font-bold">Your brief</h2>
          <p className="mt-1">{brief.learnerBrief}</p>
        </div>
        <p>
          <Link href={`/portfolio/role-plays/${brief.id}/customer-script`} className="font-semibold text-brand-700 underline">
            The customer&rsquo;s script, to print or show the person playing the customer
          </Link>
        </p>
      </header>
      <Recorder briefId={brief.id} />
      <UploadRecording briefId={brief.id} limitMegabytes={settings.recordingMaxMegabytes} />
      <section aria-labelledby="kept-heading" className="space-y-3">
        <h2 id="kept-heading" className="text-xl font-bold">
          Your recordings of this role-play
        </h2>
        <KeptRecordings recordings={recordings.filter((item) => item.briefId === brief.id)} title={brief.title} />
      </section>
      <section aria-labelledby="listen-heading" className="space-y-3">
        <h2 id="listen-heading" className="text-xl font-bold">
          What your assessor listens for
        </h2>
        <dl className="space-y-2">
          {criteria.map((criterion) => (
            <div key={criterion.code}>
              <dt className="font-semibold">{criterion.code}</dt>
              <dd>{criterion.lookFor}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
